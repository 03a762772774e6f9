package dev.clvops.ui.models;

import dev.clvops.platform.model.FamilyEvaluation;
import dev.clvops.platform.model.FamilyEvaluation.Bin;
import dev.clvops.platform.model.FamilyEvaluation.Decile;
import dev.clvops.platform.model.FamilyEvaluation.Importance;
import dev.clvops.platform.model.FamilyEvaluation.ShapFeature;
import dev.clvops.platform.model.FamilyEvaluation.Week;
import dev.clvops.ui.chart.XyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/** ECharts options of the Model evaluation tab. */
final class EvaluationCharts {

    private EvaluationCharts() {
    }

    /** Sampled customers' predicted against actual value, with the line of perfect predictions. */
    static Map<String, Object> actualVsPredicted(FamilyEvaluation f) {
        List<List<Double>> points = f.sample().stream().map(p -> List.of(p.predicted(), p.actual())).toList();
        double top = f.sample().stream().mapToDouble(p -> Math.max(p.actual(), p.predicted())).max().orElse(1);
        Map<String, Object> diagonal = XyOptions.line("Perfect prediction", List.of(List.of(0.0, 0.0),
                List.of(top, top)));
        diagonal.put("symbol", "none");
        diagonal.put("lineStyle", Map.of("type", "dashed", "color", "#888"));
        return XyOptions.withSeries(XyOptions.values("Actual vs predicted (" + f.sample().size() + " customers): "
                + f.family(), "Predicted", "Actual"), List.of(XyOptions.scatter("Customers", points, 4), diagonal));
    }

    /** Residual (actual - predicted) histogram over every holdout customer. */
    static Map<String, Object> residuals(FamilyEvaluation f) {
        List<String> bins = f.residuals().stream().map(b -> number((b.lower() + b.upper()) / 2)).toList();
        Map<String, Object> bars = XyOptions.bars("Customers", f.residuals().stream().map(Bin::customers).toList());
        bars.put("barCategoryGap", "5%");
        return XyOptions.withSeries(XyOptions.categories("Residuals (actual - predicted): " + f.family(), bins,
                "Residual (bin centre)", "Customers"), List.of(bars));
    }

    /** Mean predicted against mean actual per prediction decile. */
    static Map<String, Object> calibration(FamilyEvaluation f) {
        List<String> deciles = f.deciles().stream().map(d -> "D" + d.decile()).toList();
        return XyOptions.withSeries(XyOptions.categories("Decile calibration: " + f.family(), deciles,
                "Prediction decile (D1 = highest)", "Mean value"), List.of(
                XyOptions.bars("Mean predicted", f.deciles().stream().map(Decile::meanPredicted).toList()),
                XyOptions.bars("Mean actual", f.deciles().stream().map(Decile::meanActual).toList())));
    }

    /** Gain share per feature as horizontal bars, largest on top. */
    static Map<String, Object> importance(List<Importance> importance) {
        List<Importance> bottomUp = importance.reversed();
        Map<String, Object> option = XyOptions.values("XGBoost feature importance (share of gain)", "Share of gain",
                "");
        option.put("grid", Map.of("left", 170, "right", 30, "top", 40, "bottom", 50));
        option.put("legend", Map.of("show", false));
        option.put("yAxis", Map.of("type", "category", "data", bottomUp.stream().map(Importance::feature).toList()));
        option.put("xAxis", Map.of("type", "value", "name", "Share of gain", "nameLocation", "middle", "nameGap", 28,
                "min", 0));
        return XyOptions.withSeries(option, List.of(XyOptions.bars("Share of gain",
                bottomUp.stream().map(Importance::share).toList())));
    }

    /**
     * The SHAP summary: one row per feature (largest mean |SHAP| on top), one dot per sampled customer at its SHAP
     * value, spread vertically so dots do not hide each other, coloured from low (blue) to high (red) feature value.
     */
    static Map<String, Object> shap(List<ShapFeature> features) {
        int n = features.size();
        List<List<Double>> dots = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            int row = n - 1 - f;
            List<FamilyEvaluation.ShapPoint> points = features.get(f).points();
            IntStream.range(0, points.size()).forEach(i -> dots.add(List.of(points.get(i).shap(),
                    row + jitter(i), points.get(i).valueRank())));
        }
        Map<String, Object> option = XyOptions.values("SHAP summary (XGBoost)", "SHAP value (effect on log value)",
                "");
        option.put("grid", Map.of("left", 170, "right", 90, "top", 40, "bottom", 50));
        option.put("legend", Map.of("show", false));
        option.put("yAxis", List.of(Map.of("type", "value", "min", -0.5, "max", n - 0.5, "show", false),
                Map.of("type", "category", "position", "left", "data",
                        features.reversed().stream().map(ShapFeature::feature).toList())));
        option.put("visualMap", Map.of("type", "continuous", "min", 0, "max", 1, "dimension", 2, "calculable", false,
                "right", 0, "top", "middle", "text", List.of("high", "low"), "itemHeight", 120,
                "inRange", Map.of("color", List.of("#1f77b4", "#d62728"))));
        return XyOptions.withSeries(option, List.of(XyOptions.scatter("SHAP", dots, 4)));
    }

    /** A repeatable vertical offset in (-0.3, 0.3) for the {@code i}-th dot of a row (golden-ratio sequence). */
    static double jitter(int i) {
        double fraction = (i * 0.6180339887498949) % 1;
        return Math.round((fraction - 0.5) * 0.6 * 1e4) / 1e4;
    }

    /** BTYD tracking: expected per family and actual repeat purchases per holdout week, cumulative or weekly. */
    static Map<String, Object> tracking(List<FamilyEvaluation> btyd, boolean cumulative) {
        List<Week> weeks = btyd.getFirst().tracking();
        List<String> labels = weeks.stream().map(w -> Integer.toString(w.week())).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        btyd.forEach(f -> series.add(XyOptions.line("Expected: " + f.family(), values(f.tracking().stream()
                .map(Week::expected).toList(), cumulative))));
        series.add(XyOptions.line("Actual", values(weeks.stream().map(w -> (double) w.actual()).toList(),
                cumulative)));
        return XyOptions.withSeries(XyOptions.categories((cumulative ? "Cumulative" : "Weekly")
                + " repeat purchases: expected vs actual", labels, "Week after the cutoff", "Repeat purchases"),
                series);
    }

    /** The cumulative values as they are, or as increments per week. */
    static List<Double> values(List<Double> cumulative, boolean asCumulative) {
        return asCumulative ? cumulative : IntStream.range(0, cumulative.size())
                .mapToObj(i -> cumulative.get(i) - (i == 0 ? 0 : cumulative.get(i - 1))).toList();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.1f", v);
    }
}
