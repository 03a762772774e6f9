package dev.clvops.training.scoring;

import org.jspecify.annotations.Nullable;

/**
 * One customer's stored prediction; a figure the family does not have is NaN.
 *
 * @param scoringRunId the run that wrote it
 * @param customerId the customer
 * @param expectedPurchases expected repeat purchases in the horizon
 * @param probabilityAlive P(alive) at the cutoff
 * @param expectedSpend expected value of one purchase
 * @param clv expected value over the horizon
 * @param p10 10th percentile of the value
 * @param p50 median of the value
 * @param p90 90th percentile of the value
 * @param topFactorsJson the top SHAP factors as a JSON array (xgboost only), else null
 */
public record StoredPrediction(long scoringRunId, String customerId, double expectedPurchases,
                               double probabilityAlive, double expectedSpend, double clv, double p10, double p50,
                               double p90, @Nullable String topFactorsJson) {
}
