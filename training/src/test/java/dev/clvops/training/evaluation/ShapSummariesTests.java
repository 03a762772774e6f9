package dev.clvops.training.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.model.FamilyEvaluation.Importance;
import dev.clvops.platform.model.FamilyEvaluation.ShapFeature;
import dev.clvops.platform.model.FamilyEvaluation.ShapPoint;
import dev.clvops.training.xgboost.FeatureContribution;
import dev.clvops.training.xgboost.ShapExplanation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShapSummariesTests {

    @Test
    void ordersFeaturesByMeanAbsoluteShapAndRanksTheirValues() {
        List<ShapExplanation> explanations = List.of(
                explanation("a", 1.0, 0.1, 5.0, -2.0),
                explanation("b", 3.0, -0.3, 5.0, 1.0),
                explanation("c", 2.0, 0.2, 5.0, 0.0));

        List<ShapFeature> summary = ShapSummaries.summary(explanations);

        assertThat(summary).extracting(ShapFeature::feature).containsExactly("frequency", "recency");
        assertThat(summary.getFirst().meanAbsShap()).isCloseTo(1.0, within(1e-12));
        assertThat(summary.get(1).points()).containsExactly(new ShapPoint(0.1, 0.0), new ShapPoint(-0.3, 1.0),
                new ShapPoint(0.2, 0.5));
        assertThat(summary.getFirst().points()).extracting(ShapPoint::valueRank).containsOnly(0.5);
    }

    @Test
    void givesTiedAndMissingValuesTheMiddleRank() {
        assertThat(ShapSummaries.ranks(new double[] {1, 1, 3, Double.NaN, 0}))
                .containsExactly(0.375, 0.375, 0.75, 0.5, 0.0);
    }

    @Test
    void expressesGainAsSharesLargestFirst() {
        Map<String, Double> gain = new LinkedHashMap<>();
        gain.put("recency", 1.0);
        gain.put("frequency", 3.0);
        gain.put("channel=web", 0.0);

        assertThat(ShapSummaries.importance(gain)).containsExactly(new Importance("frequency", 0.75),
                new Importance("recency", 0.25), new Importance("channel=web", 0.0));
        assertThat(ShapSummaries.importance(Map.of("recency", 0.0))).isEmpty();
    }

    private static ShapExplanation explanation(String id, double recency, double recencyShap, double frequency,
                                               double frequencyShap) {
        return new ShapExplanation(id, 0.5, List.of(new FeatureContribution("recency", recency, recencyShap),
                new FeatureContribution("frequency", frequency, frequencyShap)));
    }
}
