package dev.clvops.training.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoricalBaselineTrainerTests {

    private static final CustomerRow REGULAR = row("regular", 4, 30, 40, 25);
    private static final CustomerRow NEWCOMER = row("newcomer", 0, 0, 0, 0);
    private static final ClvModel MODEL = new HistoricalBaselineTrainer().fit(set(List.of(REGULAR, NEWCOMER,
            row("once", 0, 0, 20, 0))));

    @Test
    void scalesTheObservedRateToTheHorizonInTheSetsUnit() {
        CustomerPrediction prediction = MODEL.predict(REGULAR, 364, new ClvSettings(0, 0.5));

        assertThat(prediction.expectedPurchases()).isCloseTo(4.0 / 40 * 52, within(1e-12));
        assertThat(prediction.expectedSpendPerOrder()).isEqualTo(25);
        assertThat(prediction.clv()).isCloseTo(0.5 * 25 * 5.2, within(1e-9));
        assertThat(prediction.probabilityAlive()).isNaN();
    }

    @Test
    void discountingLowersTheValue() {
        double undiscounted = MODEL.predict(REGULAR, 730, ClvSettings.UNDISCOUNTED_REVENUE).clv();
        double discounted = MODEL.predict(REGULAR, 730, new ClvSettings(0.1, 1)).clv();

        assertThat(discounted).isLessThan(undiscounted).isGreaterThan(0.8 * undiscounted);
    }

    @Test
    void intervalComesFromPoissonPurchaseCounts() {
        CustomerPrediction prediction = MODEL.predict(REGULAR, 364, ClvSettings.UNDISCOUNTED_REVENUE);

        // Poisson(5.2): P10 = 2, median = 5, P90 = 8 purchases at 25 each.
        assertThat(prediction.p10()).isCloseTo(50, within(1e-9));
        assertThat(prediction.p50()).isCloseTo(125, within(1e-9));
        assertThat(prediction.p90()).isCloseTo(200, within(1e-9));
    }

    @Test
    void predictsNothingForCustomersWithoutHistory() {
        CustomerPrediction prediction = MODEL.predict(NEWCOMER, 365, ClvSettings.UNDISCOUNTED_REVENUE);

        assertThat(prediction.expectedPurchases()).isZero();
        assertThat(prediction.clv()).isZero();
        assertThat(prediction.p90()).isZero();
    }

    @Test
    void recordsPopulationSummariesAndProvenance() {
        assertThat(MODEL.family()).isEqualTo("baseline");
        assertThat(MODEL.parameters()).containsEntry("meanSpend", 25.0);
        assertThat(MODEL.parameters().get("meanRate")).isCloseTo(0.1 / 3, within(1e-12));
        assertThat(MODEL.provenance().snapshot()).isEqualTo(new SnapshotId(9));
        assertThat(MODEL.provenance().codeVersion()).isEqualTo("dev");
        assertThat(MODEL.provenance().seed()).isZero();
    }

    private static CustomerRow row(String id, int x, double tx, double t, double spend) {
        return new CustomerRow(id, x, tx, t, spend, new double[0], Double.NaN, -1);
    }

    private static TrainingSet set(List<CustomerRow> rows) {
        return new TrainingSet(new SnapshotId(9), LocalDate.of(2026, 1, 1), 365, "v1", TimeUnit.WEEKS, List.of(),
                rows);
    }
}
