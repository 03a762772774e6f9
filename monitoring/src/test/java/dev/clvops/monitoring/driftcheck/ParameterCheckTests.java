package dev.clvops.monitoring.driftcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.monitoring.ModelRefitter;
import dev.clvops.platform.monitoring.ModelRefitter.ParameterRefit;
import dev.clvops.platform.monitoring.ModelRefitter.RefitWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParameterCheckTests {

    private static final RefitWindow WINDOW = new RefitWindow(180, 100);

    @Test
    void judgesEachParameterByItsRelativeChangeAgainstTheTolerance() {
        var check = new ParameterCheck(refitter(new ParameterRefit(Map.of("r", 0.8, "alpha", 40.0, "b", 2.0),
                Map.of("r", 0.9, "alpha", 12.0, "b", 3.5), 1_234), new ArrayList<>()), WINDOW, 0.5);

        ParameterCheck.Refit refit = check.check("bgnbd", 3, new SnapshotId(9)).orElseThrow();

        assertThat(refit.cohort()).isEqualTo(new RefitCohort(180, 1_234));
        assertThat(refit.shifts()).extracting(ParameterShift::parameter).containsExactly("alpha", "b", "r");
        assertThat(refit.shifts()).extracting(ParameterShift::relativeChange).satisfiesExactly(
                alpha -> assertThat(alpha).isCloseTo(0.7, within(1e-12)),
                b -> assertThat(b).isCloseTo(0.75, within(1e-12)),
                r -> assertThat(r).isCloseTo(0.125, within(1e-12)));
        assertThat(refit.shifts()).extracting(ParameterShift::alert).containsExactly(true, true, false);
    }

    @Test
    void asksTheRefitterForTheConfiguredWindowOfTheCurrentSnapshot() {
        List<Object> asked = new ArrayList<>();
        var check = new ParameterCheck(refitter(new ParameterRefit(Map.of("r", 1.0), Map.of("r", 1.0), 500), asked),
                WINDOW, 0.5);

        check.check("paretonbd", 2, new SnapshotId(7));

        assertThat(asked).containsExactly("paretonbd", 2, new SnapshotId(7), WINDOW);
    }

    @Test
    void comparesOnlyParametersBothFitsHave() {
        var check = new ParameterCheck(refitter(new ParameterRefit(Map.of("r", 1.0, "a", 1.0), Map.of("r", 1.2), 600),
                new ArrayList<>()), WINDOW, 0.5);

        assertThat(check.check("bgnbd", 1, new SnapshotId(1)).orElseThrow().shifts())
                .extracting(ParameterShift::parameter).containsExactly("r");
    }

    @Test
    void hasNoResultWhenTheRefitterHasNone() {
        ModelRefitter nothing = (family, version, snapshot, window) -> Optional.empty();

        assertThat(new ParameterCheck(nothing, WINDOW, 0.5).check("xgboost", 1, new SnapshotId(1))).isEmpty();
    }

    /** Answers every refit with {@code refit} and records what it was asked. */
    private static ModelRefitter refitter(ParameterRefit refit, List<Object> asked) {
        return (family, version, snapshot, window) -> {
            asked.addAll(List.of(family, version, snapshot, window));
            return Optional.of(refit);
        };
    }
}
