package dev.clvops.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.model.FamilyEvaluation;
import dev.clvops.platform.model.FamilyEvaluation.Decile;
import dev.clvops.platform.model.FamilyEvaluation.Pair;
import dev.clvops.platform.model.FamilyEvaluation.ShapFeature;
import dev.clvops.platform.model.FamilyEvaluation.ShapPoint;
import dev.clvops.ui.chart.JsonText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationChartsTests {

    @Test
    void turnsCumulativeTrackingIntoWeeklyIncrements() {
        assertThat(EvaluationCharts.values(List.of(3.5, 7.25, 10.0), false)).containsExactly(3.5, 3.75, 2.75);
        assertThat(EvaluationCharts.values(List.of(3.5, 7.25), true)).containsExactly(3.5, 7.25);
    }

    @Test
    void drawsExpectedPerFamilyAndTheActualRepeatPurchases() {
        String json = JsonText.of(EvaluationCharts.tracking(List.of(ModelsPresenterTests.BGNBD), false));

        assertThat(json).contains("\"name\":\"Expected: bgnbd\",\"data\":[3.5,3.75]")
                .contains("\"name\":\"Actual\",\"data\":[4.0,5.0]").contains("Weekly repeat purchases");
    }

    @Test
    void comparesMeanPredictedWithMeanActualPerDecile() {
        FamilyEvaluation f = new FamilyEvaluation("baseline", "TRAINED", 1, Map.of(), List.of(
                new Decile(1, 10, 250.0, 300.0), new Decile(2, 10, 90.0, 80.0)), List.of(new Pair(5, 7)), List.of(),
                List.of(), List.of(), List.of());

        String calibration = JsonText.of(EvaluationCharts.calibration(f));
        String scatter = JsonText.of(EvaluationCharts.actualVsPredicted(f));

        assertThat(calibration).contains("[\"D1\",\"D2\"]")
                .contains("\"name\":\"Mean predicted\",\"data\":[250.0,90.0]")
                .contains("\"name\":\"Mean actual\",\"data\":[300.0,80.0]");
        assertThat(scatter).contains("\"data\":[[7.0,5.0]]").contains("[[0.0,0.0],[7.0,7.0]]");
    }

    @Test
    void putsTheStrongestShapFeatureOnTheTopRowColouredByValueRank() {
        List<ShapFeature> features = List.of(new ShapFeature("frequency", 0.5, List.of(new ShapPoint(0.5, 1.0))),
                new ShapFeature("recency", 0.1, List.of(new ShapPoint(-0.1, 0.0))));

        String json = JsonText.of(EvaluationCharts.shap(features));

        assertThat(json).contains("[0.5," + (1 + EvaluationCharts.jitter(0)) + ",1.0]")
                .contains("[-0.1," + EvaluationCharts.jitter(0) + ",0.0]")
                .contains("\"data\":[\"recency\",\"frequency\"]");
        assertThat(EvaluationCharts.jitter(1)).isBetween(-0.3, 0.3).isNotEqualTo(EvaluationCharts.jitter(2));
    }
}
