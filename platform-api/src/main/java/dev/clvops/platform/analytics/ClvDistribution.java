package dev.clvops.platform.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How predicted CLV spreads over a run's customers.
 *
 * @param customers         customers with a predicted CLV
 * @param horizonDays       the prediction horizon
 * @param mean              mean predicted CLV
 * @param median            median predicted CLV
 * @param top5Threshold     predicted CLV at which the top 5% of customers start (95th percentile)
 * @param top5Mean          mean predicted CLV of the top 5%
 * @param top5Share         share of all predicted CLV the top 5% hold
 * @param repeatProbability mean probability of at least one purchase within the horizon, null when the model
 *                          predicts no purchases (see {@link PredictedCustomer#repeatProbability()})
 * @param histogram         customers per CLV bin (the bins of the executive PDF), the last bin open-ended
 */
public record ClvDistribution(long customers, int horizonDays, double mean, double median, double top5Threshold,
                              double top5Mean, double top5Share, @Nullable Double repeatProbability,
                              List<Bin> histogram) {

    public ClvDistribution {
        histogram = List.copyOf(histogram);
    }

    /** Customers with {@code from <= clv < to}; {@code to} is null for the open-ended last bin. */
    public record Bin(double from, @Nullable Double to, long customers) {
    }
}
