package dev.clvops.reports.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.analytics.CohortReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortTableTests {

    @Test
    void computesRetentionAndCumulativeRevenuePerAcquiredCustomer() {
        // January: 4 customers, 2 buy again in February, 1 in March; February: 2 customers, none return
        List<CohortCell> cells = List.of(new CohortCell("2025-01", 0, 4, 400), new CohortCell("2025-01", 1, 2, 100),
                new CohortCell("2025-01", 2, 1, 60), new CohortCell("2025-02", 0, 2, 50));

        CohortReport report = CohortTable.build(cells, YearMonth.of(2025, 3), Map.of("2025-01", 90.0), 6, null);

        CohortReport.Cohort january = report.cohorts().getFirst();
        assertThat(january.customers()).isEqualTo(4);
        assertThat(january.retention()).containsExactly(1.0, 0.5, 0.25);
        assertThat(january.cumulativeRevenuePerCustomer()).containsExactly(100.0, 125.0, 140.0);
        assertThat(january.predictedRevenue()).isEqualTo(90.0);
        CohortReport.Cohort february = report.cohorts().get(1);
        assertThat(february.retention()).containsExactly(1.0, 0.0);
        assertThat(february.predictedRevenue()).isEqualTo(0.0);
    }

    @Test
    void scalesPredictedClvFromTheHorizonToSixMonths() {
        long jan = LocalDate.of(2025, 1, 15).toEpochDay();
        long feb = LocalDate.of(2025, 2, 1).toEpochDay();

        Map<String, Double> predicted = CohortTable.predictedRevenue(new long[] {jan, jan, feb},
                new double[] {100, 300, 50}, 365, 6);

        double scale = 6 * 30.4375 / 365;
        assertThat(predicted.get("2025-01")).isCloseTo(400 * scale, within(1e-9));
        assertThat(predicted.get("2025-02")).isCloseTo(50 * scale, within(1e-9));
    }
}
