package dev.clvops.training.xgboost;

import static dev.clvops.training.xgboost.SyntheticCustomers.HORIZON_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerRow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XgboostClvModelTests {

    private static final List<CustomerRow> HOLDOUT = SyntheticCustomers.linear(300, 1.0, 9L, "h");
    private static final XgboostClvModel MODEL = new XgboostClvTrainer(SyntheticCustomers.fastParameters())
            .fit(SyntheticCustomers.set(SyntheticCustomers.linear(2000, 1.0, 8L, "c")));

    @Test
    void shapContributionsSumToTheMarginPrediction() {
        var explanations = MODEL.explain(HOLDOUT);
        double[] margins = MODEL.margins(HOLDOUT);

        for (int i = 0; i < HOLDOUT.size(); i++) {
            assertThat(explanations.get(i).margin()).isCloseTo(margins[i], within(1e-3));
        }
    }

    @Test
    void topFactorsAreTheLargestAbsoluteContributions() {
        var explanation = MODEL.explain(List.of(HOLDOUT.getFirst())).getFirst();

        var top = MODEL.topFactors(HOLDOUT.getFirst(), 2);

        var expected = explanation.contributions().stream()
                .sorted(Comparator.comparingDouble((FeatureContribution c) -> -Math.abs(c.contribution())))
                .limit(2).toList();
        assertThat(top).containsExactlyElementsOf(expected);
        assertThat(top.getFirst().feature()).isEqualTo("f1");
    }

    @Test
    void gainImportanceRanksTheInformativeFeatureFirst() {
        Map<String, Double> gain = MODEL.gainImportance();

        assertThat(gain.keySet()).containsExactlyElementsOf(SyntheticCustomers.FEATURES);
        var strongest = gain.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        assertThat(strongest.getKey()).isEqualTo("f1");
    }

    @Test
    void bytesRoundTripGivesIdenticalPredictionsAndProvenance() {
        var settings = new ClvSettings(0.1, 0.3);

        var loaded = XgboostClvModel.fromBytes(MODEL.toBytes());

        assertThat(loaded.predictAll(HOLDOUT, HORIZON_DAYS, settings))
                .isEqualTo(MODEL.predictAll(HOLDOUT, HORIZON_DAYS, settings));
        assertThat(loaded.explain(HOLDOUT)).isEqualTo(MODEL.explain(HOLDOUT));
        assertThat(loaded.provenance()).isEqualTo(MODEL.provenance());
        assertThat(loaded.parameters()).isEqualTo(MODEL.parameters());
        assertThat(loaded.featureNames()).isEqualTo(MODEL.featureNames());
    }

    @Test
    void rejectsBytesThatAreNotAModel() {
        assertThatThrownBy(() -> XgboostClvModel.fromBytes(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appliesMarginAndDiscountToTheRevenuePrediction() {
        var revenue = MODEL.predict(HOLDOUT.getFirst(), HORIZON_DAYS, ClvSettings.UNDISCOUNTED_REVENUE);

        var profit = MODEL.predict(HOLDOUT.getFirst(), HORIZON_DAYS, new ClvSettings(0.1, 0.5));

        double discount = (1 - 1 / 1.1) / Math.log(1.1);
        assertThat(profit.clv()).isCloseTo(revenue.clv() * 0.5 * discount, within(1e-9));
        assertThat(profit.p90()).isCloseTo(revenue.p90() * 0.5 * discount, within(1e-9));
    }

    @Test
    void rejectsAHorizonItWasNotTrainedFor() {
        assertThatThrownBy(() -> MODEL.predict(HOLDOUT.getFirst(), 90, ClvSettings.UNDISCOUNTED_REVENUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("365-day");
    }

    @Test
    void predictsConcurrentlyWithTheSameResults() throws Exception {
        var expected = MODEL.predictAll(HOLDOUT, HORIZON_DAYS, ClvSettings.UNDISCOUNTED_REVENUE);

        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var futures = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> pool.submit(() -> MODEL.predictAll(HOLDOUT, HORIZON_DAYS,
                            ClvSettings.UNDISCOUNTED_REVENUE)))
                    .toList();
            for (var future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        }
    }
}
