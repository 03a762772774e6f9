package dev.clvops.reports.documents;

import java.util.List;

/**
 * A chart's data: one value per category for each series.
 *
 * @param title      the caption
 * @param type       bars or lines
 * @param xLabel     the category axis label
 * @param yLabel     the value axis label
 * @param percent    whether values are shares (0..1) shown as percentages
 * @param categories the x-axis categories in order
 * @param series     the series, each with one value per category
 */
public record ChartSpec(String title, Type type, String xLabel, String yLabel, boolean percent,
                        List<String> categories, List<Series> series) {

    public ChartSpec {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " needs " + categories.size() + " values");
            }
        }
    }

    public enum Type { BAR, LINE }

    public record Series(String name, List<Double> values) {

        public Series {
            values = List.copyOf(values);
        }
    }
}
