package dev.clvops.training.arena;

import java.util.List;

/**
 * How well one family's predictions match a holdout's actual values; NaN where a metric is undefined
 * (for example Gini when every actual value is equal).
 *
 * @param customers holdout customers scored
 * @param mae mean absolute error
 * @param rmse root mean squared error
 * @param r2 coefficient of determination, {@code 1 - SSres / SStot}
 * @param normalizedGini Gini of the prediction ordering divided by the Gini of the perfect ordering
 * @param decileMape mean over deciles of {@code |mean predicted - mean actual| / mean actual}
 * @param spearman Spearman rank correlation of predicted and actual values
 * @param topDecileCapture share of holdout value won by the top predicted decile
 * @param calibration mean predicted against mean actual per decile
 */
public record HoldoutMetrics(int customers, double mae, double rmse, double r2, double normalizedGini,
                             double decileMape, double spearman, double topDecileCapture,
                             List<DecileCalibration> calibration) {

    public HoldoutMetrics {
        calibration = List.copyOf(calibration);
    }
}
