package dev.clvops.platform.model;

/**
 * A model's prediction for one customer over a horizon.
 *
 * @param customerId the customer
 * @param expectedPurchases expected repeat purchases in the horizon
 * @param probabilityAlive P(alive) at the cutoff (NaN for families without the notion)
 * @param expectedSpendPerOrder expected value of one purchase
 * @param clv expected (discounted, margin-applied) value over the horizon
 * @param p10 10th percentile of the value over the horizon
 * @param p50 median of the value over the horizon
 * @param p90 90th percentile of the value over the horizon
 */
public record CustomerPrediction(String customerId, double expectedPurchases, double probabilityAlive,
                                 double expectedSpendPerOrder, double clv, double p10, double p50, double p90) {
}
