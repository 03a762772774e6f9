package dev.clvops.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.model.FamilyEvaluation;
import dev.clvops.platform.model.FamilyEvaluation.Importance;
import dev.clvops.platform.model.FamilyEvaluation.ShapFeature;
import dev.clvops.platform.model.FamilyEvaluation.ShapPoint;
import dev.clvops.platform.model.FamilyEvaluation.Week;
import dev.clvops.platform.model.TrainingEvaluation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelsPresenterTests {

    static final FamilyEvaluation BGNBD = family("bgnbd", Map.of("rmse", 12.5, "normalized_gini", 0.61),
            List.of(), List.of(new Week(1, 3.5, 4), new Week(2, 7.25, 9)));
    static final FamilyEvaluation XGBOOST = new FamilyEvaluation("xgboost", "TRAINED", 2,
            Map.of("rmse", 11.0, "r2", Double.NaN), List.of(), List.of(), List.of(),
            List.of(new Importance("frequency", 0.7)), List.of(new ShapFeature("frequency", 0.4,
            List.of(new ShapPoint(0.3, 1.0)))), List.of());
    static final FamilyEvaluation GAMMA_GAMMA = family("gammagamma", Map.of(), List.of(), List.of());
    static final TrainingEvaluation RUN = new TrainingEvaluation(7, Instant.EPOCH, "xgboost",
            List.of(BGNBD, GAMMA_GAMMA, XGBOOST));

    @Test
    void listsTheFamiliesWithHoldoutMetricsChampionFirst() {
        assertThat(ModelsPresenter.arena(RUN)).extracting(FamilyEvaluation::family)
                .containsExactly("xgboost", "bgnbd");
    }

    @Test
    void findsTheTrackedAndTheExplainedFamilies() {
        assertThat(ModelsPresenter.tracked(RUN)).containsExactly(BGNBD);
        assertThat(ModelsPresenter.explained(RUN)).contains(XGBOOST);
    }

    @Test
    void showsMetricsWithThreeDecimalsAndADashWhenUndefinedOrMissing() {
        assertThat(ModelsPresenter.metric(XGBOOST.metrics(), "rmse")).isEqualTo("11.000");
        assertThat(ModelsPresenter.metric(XGBOOST.metrics(), "r2")).isEqualTo("–");
        assertThat(ModelsPresenter.metric(XGBOOST.metrics(), "mae")).isEqualTo("–");
    }

    static FamilyEvaluation family(String name, Map<String, Double> metrics, List<FamilyEvaluation.Pair> sample,
                                   List<Week> tracking) {
        return new FamilyEvaluation(name, "TRAINED", 1, metrics, List.of(), sample, List.of(), List.of(), List.of(),
                tracking);
    }
}
