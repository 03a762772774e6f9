package dev.clvops.ui.loganalytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.logs.Heatmap;
import dev.clvops.platform.logs.LogSummary;
import dev.clvops.platform.logs.VolumeBucket;
import dev.clvops.ui.loganalytics.LogAnalyticsPresenter.Range;
import dev.clvops.ui.loganalytics.LogAnalyticsPresenter.Timeline;
import dev.clvops.ui.loganalytics.LogAnalyticsPresenter.Window;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogAnalyticsPresenterTests {

    private static final Instant NOW = Instant.parse("2026-11-16T10:30:15.750Z");
    private final LogAnalyticsPresenter presenter = new LogAnalyticsPresenter(new NoLogs(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void windowEndsAtTheCurrentSecondAndSpansTheRange() {
        Window window = presenter.window(Range.DAY);

        assertThat(window.to()).isEqualTo(Instant.parse("2026-11-16T10:30:15Z"));
        assertThat(window.from()).isEqualTo(Instant.parse("2026-11-15T10:30:15Z"));
    }

    @Test
    void severitiesListErrorWarnAndInfoAlwaysAndOtherLevelsOnlyWhenLogged() {
        LogSummary summary = summary(Map.of("INFO", 7L, "DEBUG", 2L), List.of());

        assertThat(LogAnalyticsPresenter.severities(summary))
                .containsExactly(Map.entry("ERROR", 0L), Map.entry("WARN", 0L), Map.entry("INFO", 7L),
                        Map.entry("DEBUG", 2L));
    }

    @Test
    void hourTimelineHasOnePointPerMinuteWithZerosWhereNothingWasLogged() {
        Window window = presenter.window(Range.HOUR);
        VolumeBucket busy = new VolumeBucket(Instant.parse("2026-11-16T10:00:00Z"), 5, 2, 1);

        Timeline timeline = presenter.timeline(summary(Map.of("INFO", 5L), List.of(busy)), window);

        assertThat(timeline.labels()).hasSize(61).startsWith("09:30", "09:31").endsWith("10:30");
        assertThat(timeline.events().get(30)).isEqualTo(5);
        assertThat(timeline.errors().get(30)).isEqualTo(2);
        assertThat(timeline.warnings().get(30)).isEqualTo(1);
        assertThat(timeline.events().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
    }

    @Test
    void heatmapCellsAreHourWeekdayCountAndTheMaxIsTheBusiestCell() {
        long[][] counts = new long[7][24];
        counts[2][9] = 4;
        counts[6][23] = 9;

        List<List<Number>> cells = LogAnalyticsPresenter.heatmapCells(new Heatmap(counts));

        assertThat(cells).hasSize(7 * 24).contains(List.of(9, 2, 4L), List.of(23, 6, 9L));
        assertThat(LogAnalyticsPresenter.heatmapMax(new Heatmap(counts))).isEqualTo(9);
    }

    private static LogSummary summary(Map<String, Long> levels, List<VolumeBucket> perMinute) {
        return new LogSummary(NOW, NOW, levels.values().stream().mapToLong(Long::longValue).sum(), levels, perMinute,
                List.of(), new Heatmap(new long[7][24]), List.of(), List.of());
    }
}
