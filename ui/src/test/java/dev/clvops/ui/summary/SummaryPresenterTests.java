package dev.clvops.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.analytics.ExecutiveFacts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryPresenterTests {

    private static final ExecutiveFacts.ModelHealth SCORED = new ExecutiveFacts.ModelHealth("bgnbd", 3, 3,
            Map.of("rmse", 20.1, "mae", 12.3), null, "not monitored yet", null);

    @Test
    void showsTheBandOnlyWhenTheModelGivesAnInterval() {
        assertThat(SummaryPresenter.band(new ExecutiveFacts.PredictedValue(100.0, 81.0, 2930.4, 5, 90)))
                .hasValue("81 – 2,930");
        assertThat(SummaryPresenter.band(new ExecutiveFacts.PredictedValue(100.0, null, null, 5, 90))).isEmpty();
    }

    @Test
    void namesTheModelAndChampionOrSaysThereIsNone() {
        ExecutiveFacts.ModelHealth none = new ExecutiveFacts.ModelHealth(null, null, null, Map.of(), null,
                "not monitored yet", "No model has scored the customers yet");

        assertThat(SummaryPresenter.model(SCORED)).isEqualTo("bgnbd v3");
        assertThat(SummaryPresenter.champion(SCORED)).isEqualTo("bgnbd v3");
        assertThat(SummaryPresenter.model(none)).isEqualTo("none yet");
        assertThat(SummaryPresenter.champion(none)).isEqualTo("none registered");
    }

    @Test
    void listsHoldoutMetricsByName() {
        assertThat(SummaryPresenter.holdout(SCORED)).containsExactly(Map.entry("mae", "12.300"),
                Map.entry("rmse", "20.100"));
    }

    @Test
    void drawsMonthOneAndMonthThreeRetentionOverTheCohorts() {
        List<ExecutiveFacts.RetentionPoint> trend = List.of(new ExecutiveFacts.RetentionPoint("2026-01", 0.3, 0.2),
                new ExecutiveFacts.RetentionPoint("2026-02", 0.25, 0.1));

        assertThat(SummaryPresenter.retentionLines(trend)).containsExactly(
                Map.entry("Month 1", List.of(0.3, 0.25)), Map.entry("Month 3", List.of(0.2, 0.1)));
    }
}
