package dev.clvops.ui.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options for charts with two axes and several series (scatter, bubble, lines, histograms): the caller
 * starts from {@link #values} or {@link #categories} and adds series built here.
 */
public final class XyOptions {

    private XyOptions() {
    }

    /** Two value axes named {@code xName} and {@code yName}, with a legend; add series under {@code "series"}. */
    public static Map<String, Object> values(String title, String xName, String yName) {
        return axes(title, Map.of("type", "value", "name", xName, "nameLocation", "middle", "nameGap", 28,
                "scale", true), yName);
    }

    /** A category x axis; add series under {@code "series"}. */
    public static Map<String, Object> categories(String title, List<String> categories, String xName, String yName) {
        return axes(title, Map.of("type", "category", "data", categories, "name", xName, "nameLocation", "middle",
                "nameGap", 28), yName);
    }

    /** Option {@code option} with its series set. */
    public static Map<String, Object> withSeries(Map<String, Object> option, List<Map<String, Object>> series) {
        option.put("series", List.copyOf(series));
        return option;
    }

    /** A scatter series of [x, y] points. */
    public static Map<String, Object> scatter(String name, List<List<Double>> points, int symbolSize) {
        return ordered("type", "scatter", "name", name, "data", points, "symbolSize", symbolSize);
    }

    /** A line series over the x categories (or [x, y] points on value axes). */
    public static Map<String, Object> line(String name, List<?> values) {
        return ordered("type", "line", "name", name, "data", values, "symbolSize", 6);
    }

    /** A bar series over the x categories. */
    public static Map<String, Object> bars(String name, List<? extends Number> values) {
        return ordered("type", "bar", "name", name, "data", values);
    }

    /** A mutable map of the key/value pairs in their order (JSON keys then come out in a readable order). */
    public static Map<String, Object> ordered(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs, got " + keysAndValues.length);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> axes(String title, Map<String, Object> xAxis, String yName) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("top", 28, "type", "scroll"));
        option.put("grid", Map.of("left", 70, "right", 30, "top", 80, "bottom", 50));
        option.put("xAxis", xAxis);
        option.put("yAxis", Map.of("type", "value", "name", yName, "scale", true));
        return option;
    }
}
