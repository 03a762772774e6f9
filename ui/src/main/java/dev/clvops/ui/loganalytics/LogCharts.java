package dev.clvops.ui.loganalytics;

import com.vaadin.flow.component.Component;
import dev.clvops.platform.logs.LogSummary;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.loganalytics.LogAnalyticsPresenter.Range;
import dev.clvops.ui.loganalytics.LogAnalyticsPresenter.Timeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The tab's charts: volume over time, events by level, and the weekday × hour heatmap. */
final class LogCharts {

    private LogCharts() {
    }

    static Component volume(Timeline timeline, Range range) {
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put("all", timeline.events());
        series.put("errors", timeline.errors());
        series.put("warnings", timeline.warnings());
        Map<String, Object> option = ChartOptions.lines("Events per " + (range == Range.HOUR ? "minute"
                : "hour"), timeline.labels(), series);
        option.put("color", List.of("#1676f3", LogAnalyticsPresenter.colour("ERROR"),
                LogAnalyticsPresenter.colour("WARN")));
        EChart chart = new EChart(740, 300);
        chart.setId("chart-log-volume");
        chart.setOption(option);
        return chart;
    }

    static Component severity(LogSummary summary) {
        Map<String, Long> logged = new LinkedHashMap<>(LogAnalyticsPresenter.severities(summary));
        logged.values().removeIf(n -> n == 0);
        Map<String, Object> option = new LinkedHashMap<>(ChartOptions.pie("Events by level", logged));
        option.put("color", logged.keySet().stream().map(LogAnalyticsPresenter::colour).toList());
        EChart chart = new EChart(340, 300);
        chart.setId("chart-severity");
        chart.setOption(option);
        return chart;
    }

    static Component heatmap(LogSummary summary) {
        EChart chart = new EChart(900, 320);
        chart.setId("chart-log-heatmap");
        chart.setOption(ChartOptions.heatmap("Events by weekday and hour", LogAnalyticsPresenter.WEEKDAYS,
                IntStream.range(0, 24).mapToObj(hour -> String.format("%02d", hour)).toList(),
                LogAnalyticsPresenter.heatmapCells(summary.heatmap()),
                Math.max(1, LogAnalyticsPresenter.heatmapMax(summary.heatmap()))));
        return chart;
    }
}
