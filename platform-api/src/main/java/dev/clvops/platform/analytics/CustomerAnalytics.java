package dev.clvops.platform.analytics;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The analytics of one customer in one run (the analytics part of the customer 360 view). Prediction-based fields
 * are null when the run had no scoring run (or the champion family predicts no purchases/survival).
 *
 * @param customerId        the customer
 * @param rScore            recency quintile score 1..5
 * @param fScore            frequency quintile score 1..5
 * @param mScore            monetary quintile score 1..5
 * @param rfmCode           the three scores, e.g. "541"
 * @param segment           the RFM rule segment label, e.g. "At Risk"
 * @param cluster           k-means cluster id
 * @param dbscanCluster     DBSCAN cluster id, -1 for noise
 * @param wardCluster       Ward hierarchical cluster id
 * @param pcaX              first principal component
 * @param pcaY              second principal component
 * @param pcaZ              third principal component
 * @param persona           behavioural persona label
 * @param tier              value tier (Platinum, Gold, Silver, Bronze)
 * @param clv               predicted CLV
 * @param pAlive            probability the customer is still active
 * @param nextPurchase      expected next purchase date
 * @param nextPurchaseLow   10% quantile of the next purchase date
 * @param nextPurchaseHigh  90% quantile of the next purchase date
 * @param overdue           expected date passed while P(alive) is below the threshold
 * @param atRiskProbability probability of being At Risk/Lost by the end of the horizon
 */
public record CustomerAnalytics(String customerId, int rScore, int fScore, int mScore, String rfmCode, String segment,
                                int cluster, int dbscanCluster, int wardCluster, double pcaX, double pcaY,
                                double pcaZ, String persona, @Nullable String tier, @Nullable Double clv,
                                @Nullable Double pAlive, @Nullable LocalDate nextPurchase,
                                @Nullable LocalDate nextPurchaseLow, @Nullable LocalDate nextPurchaseHigh,
                                boolean overdue, @Nullable Double atRiskProbability) {
}
