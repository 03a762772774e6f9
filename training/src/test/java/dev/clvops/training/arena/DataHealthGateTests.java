package dev.clvops.training.arena;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class DataHealthGateTests {

    private final DataHealthGate gate = new DataHealthGate(DataHealthSettings.defaults());

    @Test
    void healthySetIsRecommendedForEveryFamily() {
        var report = gate.check(set(TimeUnit.WEEKS, customers(2000, 0.4, 52, row -> row)));

        assertThat(report.recommendedFamilies())
                .containsExactly("bgnbd", "paretonbd", "gammagamma", "xgboost", "baseline");
        assertThat(report.findings()).allMatch(HealthFinding::passed);
        assertThat(report.finding("repeat_share").observed()).isBetween(0.35, 0.45);
    }

    @Test
    void tooFewRepeatCustomersRulesOutTheBtydFamilies() {
        var report = gate.check(set(TimeUnit.WEEKS, customers(2000, 0.03, 52, row -> row)));

        assertThat(report.finding("repeat_customers").passed()).isFalse();
        assertThat(report.finding("repeat_customers").observed()).isLessThan(100);
        assertThat(report.recommendedFamilies()).containsExactly("xgboost", "baseline");
        assertThat(report.families().getFirst().reason()).contains("failed repeat_customers");
    }

    @Test
    void shortCalibrationInDaysRulesOutTransactionModelsOnly() {
        var report = gate.check(set(TimeUnit.DAYS, customers(2000, 0.4, 70, row -> row)));

        assertThat(report.finding("calibration_weeks").observed()).isLessThanOrEqualTo(10.0);
        assertThat(report.recommendedFamilies()).containsExactly("gammagamma", "xgboost", "baseline");
    }

    @Test
    void spendCorrelatedWithFrequencyRulesOutGammaGamma() {
        UnaryOperator<CustomerRow> correlated = row -> new CustomerRow(row.customerId(), row.frequency(),
                row.recency(), row.t(), row.frequency() > 0 ? 10.0 * row.frequency() : 0, row.features(),
                row.futureValue(), row.futureOrders());

        var report = gate.check(set(TimeUnit.WEEKS, customers(2000, 0.4, 52, correlated)));

        assertThat(report.finding("spend_frequency_correlation").observed()).isGreaterThan(0.9);
        assertThat(report.recommendedFamilies()).doesNotContain("gammagamma").contains("bgnbd");
    }

    @Test
    void recencyBeyondTIsReportedWithTheCustomer() {
        var rows = new ArrayList<>(customers(2000, 0.4, 52, row -> row));
        rows.add(new CustomerRow("late", 2, 30, 20, 15, new double[] {1}, 5, 1));

        var report = gate.check(set(TimeUnit.WEEKS, rows));

        var finding = report.finding("recency_within_t");
        assertThat(finding.passed()).isFalse();
        assertThat(finding.observed()).isEqualTo(1.0);
        assertThat(finding.detail()).contains("late");
        assertThat(report.recommendedFamilies()).containsExactly("xgboost", "baseline");
    }

    @Test
    void missingTargetsRuleOutXgboost() {
        UnaryOperator<CustomerRow> unknown = row -> new CustomerRow(row.customerId(), row.frequency(), row.recency(),
                row.t(), row.monetaryValue(), row.features(), Double.NaN, -1);

        var report = gate.check(set(TimeUnit.WEEKS, customers(2000, 0.4, 52, unknown)));

        assertThat(report.finding("customers_with_target").observed()).isZero();
        assertThat(report.recommendedFamilies()).doesNotContain("xgboost").contains("bgnbd", "baseline");
    }

    private static TrainingSet set(TimeUnit unit, List<CustomerRow> rows) {
        return new TrainingSet(new SnapshotId(1), LocalDate.of(2025, 1, 1), 180, "fs-1", unit, List.of("x"), rows);
    }

    /** Customers with ages up to {@code maxT} (in the set's unit) and spend independent of frequency. */
    private static List<CustomerRow> customers(int count, double repeatShare, double maxT,
                                               UnaryOperator<CustomerRow> change) {
        var random = new SplittableRandom(5);
        var rows = new ArrayList<CustomerRow>(count);
        for (int i = 0; i < count; i++) {
            double t = maxT * (0.2 + 0.8 * random.nextDouble());
            int frequency = random.nextDouble() < repeatShare ? 1 + random.nextInt(8) : 0;
            double recency = frequency == 0 ? 0 : t * random.nextDouble();
            double spend = frequency == 0 ? 0 : 20 + 30 * random.nextDouble();
            rows.add(change.apply(new CustomerRow("c" + i, frequency, recency, t, spend,
                    new double[] {frequency}, spend, frequency)));
        }
        return rows;
    }
}
