package dev.clvops.deploy.api.customers;

import dev.clvops.platform.analytics.CustomerAnalytics;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One customer's 360 view.
 *
 * @param customerId     the customer
 * @param profile        the customers row (acquisition, channel, country...), null when only orders exist
 * @param features       the customer_features row of the latest snapshot (as-of-now snapshots first)
 * @param prediction     the latest completed scoring run's prediction with interval and top SHAP factors
 * @param analytics      the latest analytics run's segment, tier, persona, clusters, next purchase
 * @param segmentHistory segment, tier, persona and CLV in every completed analytics run, oldest first
 * @param orderCount     all orders of the customer
 * @param orders         the latest orders, newest first (at most {@link Customer360Queries#ORDER_LIMIT})
 */
record Customer360(String customerId, @Nullable Map<String, Object> profile, @Nullable Map<String, Object> features,
                   @Nullable Map<String, Object> prediction, @Nullable CustomerAnalytics analytics,
                   List<Map<String, Object>> segmentHistory, long orderCount, List<Map<String, Object>> orders) {
}
