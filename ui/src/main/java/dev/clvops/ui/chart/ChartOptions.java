package dev.clvops.ui.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECharts options for the few chart shapes the tabs use. */
public final class ChartOptions {

    private ChartOptions() {
    }

    /** A bar chart of one series over categories. */
    public static Map<String, Object> bars(String title, List<String> categories, List<? extends Number> values) {
        return axisChart(title, categories, List.of(series("bar", title, values)));
    }

    /** A line chart of one series over categories. */
    public static Map<String, Object> line(String title, List<String> categories, List<? extends Number> values) {
        return axisChart(title, categories, List.of(series("line", title, values)));
    }

    /** A line chart of several named series over categories, with a legend; a null value leaves a gap. */
    public static Map<String, Object> lines(String title, List<String> categories,
                                            Map<String, ? extends List<? extends Number>> series) {
        Map<String, Object> option = axisChart(title, categories, series.entrySet().stream()
                .map(e -> series("line", e.getKey(), e.getValue())).toList());
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("grid", Map.of("left", 70, "right", 20, "top", 40, "bottom", 80));
        return option;
    }

    /** A pie chart of named values. */
    public static Map<String, Object> pie(String title, Map<String, ? extends Number> values) {
        List<Map<String, Object>> data = values.entrySet().stream()
                .map(e -> Map.<String, Object>of("name", e.getKey(), "value", e.getValue())).toList();
        return Map.of("animation", false, "title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)),
                "tooltip", Map.of("trigger", "item"),
                "series", List.of(Map.of("type", "pie", "radius", List.of("35%", "65%"), "data", data)));
    }

    /** A heatmap of rows x columns (values in [0, 1], shown as percentages). */
    public static Map<String, Object> heatmap(String title, List<String> rows, List<String> columns,
                                              List<List<Number>> cells) {
        return heatmap(title, rows, columns, cells, 1);
    }

    /** A heatmap of rows x columns of cells [column, row, value] coloured from 0 to {@code max}. */
    public static Map<String, Object> heatmap(String title, List<String> rows, List<String> columns,
                                              List<List<Number>> cells, Number max) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("position", "top"));
        option.put("grid", Map.of("left", 80, "right", 20, "top", 40, "bottom", 60));
        option.put("xAxis", Map.of("type", "category", "data", columns));
        option.put("yAxis", Map.of("type", "category", "data", rows, "inverse", true));
        option.put("visualMap", Map.of("min", 0, "max", max, "calculable", false, "orient", "horizontal",
                "left", "center", "bottom", 0, "itemHeight", 120));
        option.put("series", List.of(Map.of("type", "heatmap", "data", cells)));
        return option;
    }

    private static Map<String, Object> axisChart(String title, List<String> categories,
                                                 List<Map<String, Object>> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "axis"));
        boolean crowded = categories.size() > 5;
        option.put("grid", Map.of("left", 70, "right", 20, "top", 40, "bottom", crowded ? 90 : 50));
        option.put("xAxis", Map.of("type", "category", "data", categories,
                "axisLabel", Map.of("interval", 0, "rotate", crowded ? 30 : 0)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series);
        return option;
    }

    private static Map<String, Object> series(String type, String name, List<? extends Number> values) {
        return Map.of("type", type, "name", name, "data", values);
    }
}
