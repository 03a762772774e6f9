package dev.clvops.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverviewPresenterTests {

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThat(OverviewPresenter.rangeProblem(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)))
                .hasValue("The start date 2026-03-01 is after the end date 2026-02-01.");
    }

    @Test
    void acceptsOpenAndSingleDayRanges() {
        assertThat(OverviewPresenter.rangeProblem(null, LocalDate.of(2026, 2, 1))).isEmpty();
        assertThat(OverviewPresenter.rangeProblem(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1))).isEmpty();
    }

    @Test
    void keepsChartCategoriesInNameOrder() {
        assertThat(OverviewPresenter.sorted(Map.of("web", 3.0, "app", 9.0, "store", 1.0)).keySet())
                .containsExactly("app", "store", "web");
    }

    @Test
    void roundsTenureToWholeDays() {
        assertThat(OverviewPresenter.tenure(411.6)).isEqualTo("412 days");
    }
}
