package dev.clvops.platform.model;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One family's holdout evaluation in a training run; lists are empty where the family has none (for example no
 * importance for BG/NBD, no tracking for XGBoost, nothing but the status for a skipped family).
 *
 * @param family     the model family
 * @param status     TRAINED, SPEND_MODEL, SKIPPED or FAILED
 * @param version    the registered version, null when not registered
 * @param metrics    holdout metrics by name (normalized_gini, mae, rmse, r2, spearman, ...)
 * @param deciles    mean predicted against mean actual per prediction decile (1 = highest predictions)
 * @param sample     a seeded random sample of holdout customers (at most 2,000) with actual and predicted value
 * @param residuals  histogram of actual - predicted over every holdout customer
 * @param importance total split gain share per feature (XGBoost), largest first
 * @param shap       per-feature SHAP values of sampled customers (XGBoost), by falling mean |SHAP|
 * @param tracking   BTYD cumulative expected against actual repeat purchases per holdout week
 */
public record FamilyEvaluation(String family, String status, @Nullable Integer version, Map<String, Double> metrics,
                               List<Decile> deciles, List<Pair> sample, List<Bin> residuals,
                               List<Importance> importance, List<ShapFeature> shap, List<Week> tracking) {

    public FamilyEvaluation {
        metrics = Map.copyOf(metrics);
        deciles = List.copyOf(deciles);
        sample = List.copyOf(sample);
        residuals = List.copyOf(residuals);
        importance = List.copyOf(importance);
        shap = List.copyOf(shap);
        tracking = List.copyOf(tracking);
    }

    /** One prediction decile: 1 for the customers with the highest predictions. */
    public record Decile(int decile, int customers, double meanPredicted, double meanActual) {
    }

    /** One holdout customer's actual and predicted value. */
    public record Pair(double actual, double predicted) {
    }

    /** Customers whose residual lies in [lower, upper) (the last bin includes its upper bound). */
    public record Bin(double lower, double upper, long customers) {
    }

    /** A feature's share of the total split gain. */
    public record Importance(String feature, double share) {
    }

    /**
     * A feature's SHAP summary.
     *
     * @param feature     the feature
     * @param meanAbsShap mean |SHAP| over the sample
     * @param points      per sampled customer: SHAP value and the feature value's rank in [0, 1] (0 = lowest)
     */
    public record ShapFeature(String feature, double meanAbsShap, List<ShapPoint> points) {

        public ShapFeature {
            points = List.copyOf(points);
        }
    }

    /** One customer's SHAP value for a feature and where its feature value ranks (0 lowest, 1 highest). */
    public record ShapPoint(double shap, double valueRank) {
    }

    /** Cumulative expected and actual repeat purchases at the end of holdout week {@code week}. */
    public record Week(int week, double expected, long actual) {
    }
}
