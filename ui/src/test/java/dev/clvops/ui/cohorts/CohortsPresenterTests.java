package dev.clvops.ui.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.analytics.CohortReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortsPresenterTests {

    private final CohortReport report = new CohortReport(List.of(
            new CohortReport.Cohort("2026-01", 10, List.of(1.0, 0.3, 0.2), List.of(100.0, 30.0, 20.0),
                    List.of(10.0, 13.0, 15.0), null),
            new CohortReport.Cohort("2026-02", 5, List.of(1.0, 0.4), List.of(50.0, 20.0), List.of(10.0, 14.0), null)),
            6, "no predictions");

    @Test
    void placesEachObservedRetentionAtItsMonthAndCohort() {
        List<List<Number>> cells = CohortsPresenter.retentionCells(report);

        assertThat(cells).containsExactly(List.of(0, 0, 1.0), List.of(1, 0, 0.3), List.of(2, 0, 0.2),
                List.of(0, 1, 1.0), List.of(1, 1, 0.4));
    }

    @Test
    void labelsMonthsUpToTheLongestCohort() {
        assertThat(CohortsPresenter.monthLabels(report)).containsExactly("M0", "M1", "M2");
    }
}
