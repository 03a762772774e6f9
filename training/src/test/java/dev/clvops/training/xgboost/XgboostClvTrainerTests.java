package dev.clvops.training.xgboost;

import static dev.clvops.training.xgboost.SyntheticCustomers.HORIZON_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XgboostClvTrainerTests {

    private static final ClvSettings REVENUE = ClvSettings.UNDISCOUNTED_REVENUE;

    private final List<CustomerRow> training = SyntheticCustomers.linear(3000, 1.0, 1L, "c");
    private final List<CustomerRow> holdout = SyntheticCustomers.linear(1000, 1.0, 2L, "h");

    @Test
    void learnsALinearRelationOnHeldOutCustomers() {
        var model = new XgboostClvTrainer(SyntheticCustomers.fastParameters().valueOnly())
                .fit(SyntheticCustomers.set(training));

        var predictions = model.predictAll(holdout, HORIZON_DAYS, REVENUE);

        assertThat(SyntheticCustomers.rSquared(holdout, i -> predictions.get((int) i).clv())).isGreaterThan(0.9);
        assertThat(model.family()).isEqualTo("xgboost");
        assertThat(model.provenance().seed()).isEqualTo(11L);
        assertThat(model.provenance().hyperParameters()).containsEntry("objective", "LOG1P");
    }

    @Test
    void tweedieObjectiveAlsoLearnsTheRelation() {
        var hyper = SyntheticCustomers.fastParameters().valueOnly().withObjective(XgboostObjective.TWEEDIE);

        var model = new XgboostClvTrainer(hyper).fit(SyntheticCustomers.set(training));
        var predictions = model.predictAll(holdout, HORIZON_DAYS, REVENUE);

        assertThat(SyntheticCustomers.rSquared(holdout, i -> predictions.get((int) i).clv())).isGreaterThan(0.85);
    }

    @Test
    void sameSeedGivesIdenticalModelsAndAnotherSeedDoesNot() {
        var hyper = SyntheticCustomers.fastParameters();

        var first = new XgboostClvTrainer(hyper).fit(SyntheticCustomers.set(training));
        var second = new XgboostClvTrainer(hyper).fit(SyntheticCustomers.set(training));
        var reseeded = new XgboostClvTrainer(hyper.withSeed(12L)).fit(SyntheticCustomers.set(training));

        assertThat(second.predictAll(holdout, HORIZON_DAYS, REVENUE))
                .isEqualTo(first.predictAll(holdout, HORIZON_DAYS, REVENUE));
        assertThat(reseeded.predictAll(holdout, HORIZON_DAYS, REVENUE))
                .isNotEqualTo(first.predictAll(holdout, HORIZON_DAYS, REVENUE));
    }

    @Test
    void stopsEarlyWhenTheTargetIsNoise() {
        var hyper = SyntheticCustomers.fastParameters().valueOnly().withRounds(500, 10);

        var model = new XgboostClvTrainer(hyper).fit(SyntheticCustomers.set(SyntheticCustomers.pureNoise(2000, 3L)));

        assertThat(model.parameters().get("value_rounds_trained")).isLessThan(100.0);
        assertThat(model.parameters().get("value_rounds_used"))
                .isEqualTo(model.parameters().get("value_rounds_trained") - 10);
    }

    @Test
    void quantileBandIsOrderedAndCoversAboutEightyPercent() {
        var noisy = SyntheticCustomers.linear(3000, 4.0, 4L, "q");
        var noisyHoldout = SyntheticCustomers.linear(1000, 4.0, 5L, "r");

        var model = new XgboostClvTrainer(SyntheticCustomers.fastParameters()).fit(SyntheticCustomers.set(noisy));
        var predictions = model.predictAll(noisyHoldout, HORIZON_DAYS, REVENUE);

        long ordered = predictions.stream().filter(p -> p.p10() <= p.p50() && p.p50() <= p.p90()).count();
        long covered = countCovered(noisyHoldout, predictions);
        assertThat(ordered).isGreaterThanOrEqualTo(950);
        assertThat(covered / 1000.0).isBetween(0.72, 0.88);
    }

    @Test
    void ordersModelPredictsExpectedPurchases() {
        var model = new XgboostClvTrainer(SyntheticCustomers.fastParameters()).fit(SyntheticCustomers.set(training));

        var predictions = model.predictAll(holdout, HORIZON_DAYS, REVENUE);

        double meanActual = holdout.stream().mapToInt(CustomerRow::futureOrders).average().orElseThrow();
        double meanPredicted = predictions.stream().mapToDouble(CustomerPrediction::expectedPurchases).average()
                .orElseThrow();
        assertThat(meanPredicted).isCloseTo(meanActual, org.assertj.core.data.Percentage.withPercentage(10));
        assertThat(predictions.getFirst().probabilityAlive()).isNaN();
        assertThat(predictions.getFirst().expectedSpendPerOrder())
                .isCloseTo(predictions.getFirst().clv() / predictions.getFirst().expectedPurchases(),
                        org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void rejectsCustomersWithoutTarget() {
        var rows = new ArrayList<>(training);
        rows.add(new CustomerRow("unknown", 0, 0, 5, 0, new double[5], Double.NaN, -1));

        assertThatThrownBy(() -> new XgboostClvTrainer(SyntheticCustomers.fastParameters())
                .fit(SyntheticCustomers.set(rows)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer unknown");
    }

    private static long countCovered(List<CustomerRow> rows, List<CustomerPrediction> predictions) {
        long covered = 0;
        for (int i = 0; i < rows.size(); i++) {
            double actual = rows.get(i).futureValue();
            if (actual >= predictions.get(i).p10() && actual <= predictions.get(i).p90()) {
                covered++;
            }
        }
        return covered;
    }
}
