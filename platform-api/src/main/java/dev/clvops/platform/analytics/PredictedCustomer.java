package dev.clvops.platform.analytics;

import org.jspecify.annotations.Nullable;

/**
 * One customer's prediction in an analytics run.
 *
 * @param customerId        the customer
 * @param segment           RFM segment
 * @param tier              value tier, null without predictions
 * @param clv               predicted CLV, null without predictions
 * @param clvP10            10% quantile of the CLV, null when the model gives no interval
 * @param clvP90            90% quantile of the CLV, null when the model gives no interval
 * @param pAlive            probability the customer is still active, null when the model does not estimate it
 * @param expectedPurchases expected purchases within the horizon, null when the model does not predict them
 * @param repeatProbability probability of at least one purchase within the horizon: P(alive) times the Poisson
 *                          chance of one or more purchases at the alive customer's expected count,
 *                          {@code pAlive * (1 - exp(-expectedPurchases / pAlive))}; null without both inputs
 */
public record PredictedCustomer(String customerId, String segment, @Nullable String tier, @Nullable Double clv,
                                @Nullable Double clvP10, @Nullable Double clvP90, @Nullable Double pAlive,
                                @Nullable Double expectedPurchases, @Nullable Double repeatProbability) {
}
