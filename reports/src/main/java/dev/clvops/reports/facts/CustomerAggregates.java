package dev.clvops.reports.facts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Per-customer sums of one analytics run.
 *
 * @param customers      customers analysed
 * @param predicted      customers with a predicted CLV
 * @param totalClv       sum of predicted CLV, null without predictions
 * @param totalP10       sum of the customers' 10% CLV quantiles, null when the model gives no interval
 * @param totalP90       sum of the customers' 90% CLV quantiles, null when the model gives no interval
 * @param withPAlive     customers with a P(alive)
 * @param lowAlive       customers with P(alive) below {@link #LOW_ALIVE}
 * @param overdue        customers whose expected next purchase date passed while P(alive) is low
 * @param totalSpend     historical spend of all customers up to the snapshot cutoff
 * @param segments       RFM segments, highest predicted CLV (else spend) first
 * @param personas       personas, same order
 * @param tiers          value tiers (empty without predictions)
 * @param clvHistogram   customers per CLV bin, the last bin open-ended
 */
public record CustomerAggregates(long customers, long predicted, @Nullable Double totalClv, @Nullable Double totalP10,
                                 @Nullable Double totalP90, long withPAlive, long lowAlive, long overdue,
                                 double totalSpend, List<Group> segments, List<Group> personas, List<Group> tiers,
                                 List<Bin> clvHistogram) {

    /** P(alive) below which a customer counts as probably lost. */
    public static final double LOW_ALIVE = 0.3;

    public CustomerAggregates {
        segments = List.copyOf(segments);
        personas = List.copyOf(personas);
        tiers = List.copyOf(tiers);
        clvHistogram = List.copyOf(clvHistogram);
    }

    /** Customers, historical spend and predicted CLV (null without predictions) of one group. */
    public record Group(String name, long customers, double spend, @Nullable Double clv) {
    }

    /** Customers with {@code from <= clv < to}; {@code to} is null for the open-ended last bin. */
    public record Bin(double from, @Nullable Double to, long customers) {
    }
}
