package dev.clvops.training.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeatureCalculatorTests {

    private static final LocalDate CUTOFF = LocalDate.of(2024, 3, 31);

    /** Orders as (days before or after the cutoff, cents, category) triples. */
    private static CustomerHistory history(int[][] orders, int[][] returns) {
        int base = (int) CUTOFF.toEpochDay();
        int[] days = new int[orders.length];
        long[] cents = new long[orders.length];
        int[] categories = new int[orders.length];
        for (int i = 0; i < orders.length; i++) {
            days[i] = base + orders[i][0];
            cents[i] = orders[i][1];
            categories[i] = orders[i][2];
        }
        int[] returnDays = new int[returns.length];
        long[] returnCents = new long[returns.length];
        for (int i = 0; i < returns.length; i++) {
            returnDays[i] = base + returns[i][0];
            returnCents[i] = returns[i][1];
        }
        return new CustomerHistory("c1", days, cents, categories, returnDays, returnCents,
                new CustomerHistory.Attributes("web", null, "NL"));
    }

    private static FeatureRow calculate(int horizon, int[][] orders, int[][] returns) {
        return new FeatureCalculator(CUTOFF, horizon).calculate(history(orders, returns)).orElseThrow();
    }

    @Test
    void mergesSameDayPurchasesIntoBtydInputs() {
        FeatureRow row = calculate(0, new int[][] {{-100, 1000, 1}, {-100, 500, 2}, {-40, 2000, 1},
                {-10, 1500, -1}, {-10, 1500, 1}}, new int[0][]);

        assertThat(row.frequency()).isEqualTo(2);
        assertThat(row.recencyDays()).isEqualTo(90);
        assertThat(row.tDays()).isEqualTo(100);
        assertThat(row.monetaryValue()).isEqualTo(25.0);
        assertThat(row.firstOrderValue()).isEqualTo(15.0);
        assertThat(row.firstOrderDate()).isEqualTo(CUTOFF.minusDays(100));
        assertThat(row.orderCount()).isEqualTo(5);
        assertThat(row.totalSpend()).isEqualTo(65.0);
        assertThat(row.avgOrderValue()).isEqualTo(13.0);
        assertThat(row.distinctCategories()).isEqualTo(2);
    }

    @Test
    void givesZeroMonetaryValueAndNoInterPurchaseTimesToOneDayCustomers() {
        FeatureRow row = calculate(0, new int[][] {{-5, 1234, 1}, {-5, 1, 1}}, new int[0][]);

        assertThat(row.frequency()).isZero();
        assertThat(row.recencyDays()).isZero();
        assertThat(row.monetaryValue()).isZero();
        assertThat(row.iptMeanDays()).isNull();
        assertThat(row.iptStdDays()).isNull();
        assertThat(row.daysSinceLast()).isEqualTo(5);
    }

    @Test
    void computesInterPurchaseMeanAndSampleStandardDeviationOverPurchaseDays() {
        FeatureRow two = calculate(0, new int[][] {{-30, 100, 1}, {-20, 100, 1}}, new int[0][]);
        FeatureRow three = calculate(0, new int[][] {{-30, 100, 1}, {-20, 100, 1}, {-20, 5, 1}, {0, 100, 1}},
                new int[0][]);

        assertThat(two.iptMeanDays()).isEqualTo(10.0);
        assertThat(two.iptStdDays()).isNull();
        assertThat(three.iptMeanDays()).isEqualTo(15.0);
        assertThat(three.iptStdDays()).isCloseTo(Math.sqrt(50), within(1e-12));
        assertThat(three.daysSinceLast()).isZero();
    }

    @Test
    void countsRecentWindowsEndingWithTheCutoffInclusive() {
        FeatureRow row = calculate(0, new int[][] {{-200, 100, 1}, {-180, 200, 1}, {-179, 300, 1},
                {-90, 400, 1}, {-89, 500, 1}, {-30, 600, 1}, {-29, 700, 1}, {0, 800, 1}}, new int[0][]);

        assertThat(row.orders30d()).isEqualTo(2);
        assertThat(row.spend30d()).isEqualTo(15.0);
        assertThat(row.orders90d()).isEqualTo(4);
        assertThat(row.spend90d()).isEqualTo(26.0);
        assertThat(row.orders180d()).isEqualTo(6);
        assertThat(row.spend180d()).isEqualTo(33.0);
    }

    @Test
    void subtractsCalibrationReturnsFromSpendAndWindowReturnsFromTheTarget() {
        FeatureRow row = calculate(30, new int[][] {{-10, 10000, 1}, {5, 3000, 1}, {5, 1000, 1}, {20, 500, 1},
                {31, 9999, 1}}, new int[][] {{-1, 2500}, {10, 700}, {40, 100}});

        assertThat(row.netSpend()).isEqualTo(75.0);
        assertThat(row.returnRate()).isEqualTo(0.25);
        assertThat(row.futureValue()).isEqualTo(38.0);
        assertThat(row.futureOrders()).isEqualTo(2);
        assertThat(row.frequency()).isZero();
    }

    @Test
    void leavesTargetsEmptyWithoutHorizonAndIgnoresLaterOrders() {
        FeatureRow row = calculate(0, new int[][] {{-10, 100, 1}, {3, 100, 2}}, new int[0][]);

        assertThat(row.futureValue()).isNull();
        assertThat(row.futureOrders()).isNull();
        assertThat(row.orderCount()).isEqualTo(1);
        assertThat(row.distinctCategories()).isEqualTo(1);
        assertThat(row.returnRate()).isZero();
    }

    @Test
    void leavesOutCustomersWhoseFirstOrderIsAfterTheCutoff() {
        Optional<FeatureRow> row = new FeatureCalculator(CUTOFF, 10)
                .calculate(history(new int[][] {{1, 100, 1}}, new int[0][]));

        assertThat(row).isEmpty();
    }
}
