package dev.clvops.training.evaluation;

import dev.clvops.platform.model.FamilyEvaluation.Importance;
import dev.clvops.platform.model.FamilyEvaluation.ShapFeature;
import dev.clvops.platform.model.FamilyEvaluation.ShapPoint;
import dev.clvops.training.xgboost.ShapExplanation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The SHAP summary plot's data (Lundberg and Lee 2017, Figure "summary plot"): per feature every sampled customer's
 * SHAP value with the rank of its feature value, features ordered by mean |SHAP|; and gain importance as shares.
 */
public final class ShapSummaries {

    /** Features kept, the rest are too small to read on the plot. */
    static final int FEATURES = 12;

    private ShapSummaries() {
    }

    /** Gain shares, largest first, at most {@link #FEATURES}; empty when the booster never split. */
    public static List<Importance> importance(Map<String, Double> gain) {
        double total = gain.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total <= 0) {
            return List.of();
        }
        return gain.entrySet().stream().map(e -> new Importance(e.getKey(), e.getValue() / total))
                .sorted(Comparator.comparingDouble(Importance::share).reversed().thenComparing(Importance::feature))
                .limit(FEATURES).toList();
    }

    /** One entry per feature of the explanations (all explain the same features), largest mean |SHAP| first. */
    public static List<ShapFeature> summary(List<ShapExplanation> explanations) {
        if (explanations.isEmpty()) {
            return List.of();
        }
        int features = explanations.getFirst().contributions().size();
        List<ShapFeature> summary = new ArrayList<>(features);
        for (int j = 0; j < features; j++) {
            summary.add(feature(explanations, j));
        }
        summary.sort(Comparator.comparingDouble(ShapFeature::meanAbsShap).reversed()
                .thenComparing(ShapFeature::feature));
        return List.copyOf(summary.subList(0, Math.min(FEATURES, summary.size())));
    }

    private static ShapFeature feature(List<ShapExplanation> explanations, int j) {
        int n = explanations.size();
        double[] values = new double[n];
        double[] shap = new double[n];
        double sumAbs = 0;
        for (int i = 0; i < n; i++) {
            values[i] = explanations.get(i).contributions().get(j).value();
            shap[i] = explanations.get(i).contributions().get(j).contribution();
            sumAbs += Math.abs(shap[i]);
        }
        double[] ranks = ranks(values);
        List<ShapPoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new ShapPoint(shap[i], ranks[i]));
        }
        return new ShapFeature(explanations.getFirst().contributions().get(j).feature(), sumAbs / n, points);
    }

    /** Mid-ranks scaled to [0, 1]; NaN values (missing) get 0.5, and a constant feature is 0.5 throughout. */
    static double[] ranks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && Double.compare(values[order[end + 1]], values[order[start]]) == 0) {
                end++;
            }
            double rank = n == 1 ? 0.5 : (start + end) / 2.0 / (n - 1);
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = Double.isNaN(values[order[k]]) || (start == 0 && end == n - 1) ? 0.5 : rank;
            }
            start = end + 1;
        }
        return ranks;
    }
}
