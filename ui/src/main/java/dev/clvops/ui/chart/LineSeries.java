package dev.clvops.ui.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECharts options for several named lines over shared categories, with a legend (ChartOptions draws one line). */
public final class LineSeries {

    private LineSeries() {
    }

    /** Lines of shares in [0, 1], drawn as percentages with one decimal. */
    public static Map<String, Object> shares(String title, List<String> categories,
                                             Map<String, ? extends List<Double>> series) {
        Map<String, List<Double>> percentages = new LinkedHashMap<>();
        series.forEach((name, values) -> percentages.put(name,
                values.stream().map(share -> Math.round(share * 1000) / 10.0).toList()));
        Map<String, Object> option = lines(title, categories, percentages);
        option.put("yAxis", Map.of("type", "value", "axisLabel", Map.of("formatter", "{value}%")));
        return option;
    }

    /** One line per entry of {@code series} over {@code categories}; shorter lines stop early. */
    public static Map<String, Object> lines(String title, List<String> categories,
                                            Map<String, ? extends List<? extends Number>> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("title", Map.of("text", title, "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("type", "scroll", "bottom", 0));
        option.put("grid", Map.of("left", 70, "right", 20, "top", 40, "bottom", 70));
        option.put("xAxis", Map.of("type", "category", "data", categories));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series.entrySet().stream().map(e -> Map.<String, Object>of("type", "line",
                "name", e.getKey(), "showSymbol", true, "data", e.getValue())).toList());
        return option;
    }
}
