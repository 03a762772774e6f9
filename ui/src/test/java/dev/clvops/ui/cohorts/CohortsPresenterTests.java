package dev.clvops.ui.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.analytics.CohortReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void drawsDecayCurvesFromMonthOneForTheChosenCohortsOnly() {
        Map<String, List<Double>> curves = CohortsPresenter.decayCurves(report, Set.of("2026-02"));

        assertThat(curves).containsExactly(Map.entry("2026-02", List.of(0.4)));
        assertThat(CohortsPresenter.curveLabels(CohortsPresenter.decayCurves(report, Set.of("2026-01", "2026-02"))))
                .containsExactly("M1", "M2");
    }

    @Test
    void picksTheLatestLongObservedCohortsFirstElseTheLatest() {
        List<CohortReport.Cohort> many = new ArrayList<>();
        for (int m = 1; m <= 9; m++) {
            int months = m <= 7 ? 6 : 2;
            many.add(new CohortReport.Cohort("2025-0" + m, 10, Collections.nCopies(months, 0.5),
                    Collections.nCopies(months, 1.0), Collections.nCopies(months, 1.0), null));
        }

        assertThat(CohortsPresenter.defaultCurves(new CohortReport(many, 6, null)))
                .containsExactly("2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07");
        assertThat(CohortsPresenter.defaultCurves(report)).containsExactly("2026-01", "2026-02");
    }

    @Test
    void sumsACohortsRevenueToDate() {
        assertThat(CohortsPresenter.revenueToDate(report.cohorts().getFirst())).isEqualTo(150.0);
    }
}
