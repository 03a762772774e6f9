package dev.clvops.platform.monitoring;

import java.util.Map;

/**
 * Port: scores predictions against realised values with the training arena's metrics, under the names the
 * registry logs them ({@code normalized_gini}, {@code rmse}, {@code mae}, ...), so realised and training-time
 * metrics compare one to one.
 */
@FunctionalInterface
public interface RealisedMetrics {

    /**
     * @param customerIds the customers, aligned with the two value arrays (at least 2)
     * @param predicted predicted undiscounted revenue over the horizon
     * @param actual realised revenue over the same horizon
     * @return metric values by name; NaN where a metric is undefined
     */
    Map<String, Double> score(String[] customerIds, double[] predicted, double[] actual);
}
