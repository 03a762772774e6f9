package dev.clvops.training.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.model.ModelProvenance;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunParamsTests {

    @Test
    void flattensTheProvenanceIntoParamsAndReadsItBackUnchanged() {
        ModelProvenance provenance = TrainingRuns.provenance("bgnbd", 7);

        Map<String, String> params = RunParams.of(provenance);

        assertThat(params).containsEntry("family", "bgnbd").containsEntry("snapshot_id", "7")
                .containsEntry("trained_at", "2026-11-21T06:00:00Z").containsEntry("hp.penalizer", "0.001");
        assertThat(RunParams.toProvenance(params)).isEqualTo(provenance);
    }

    @Test
    void namesTheHoldoutBySnapshotCutoffAndHorizon() {
        String holdout = RunParams.holdout(RunParams.of(TrainingRuns.provenance("bgnbd", 7)));

        assertThat(holdout).isEqualTo("snapshot 7, cutoff 1997-09-30, horizon 180 days");
    }

    @Test
    void refusesParamsWithoutTheProvenanceKeys() {
        assertThatThrownBy(() -> RunParams.toProvenance(Map.of("family", "bgnbd")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("snapshot_id");
    }
}
