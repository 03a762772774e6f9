package dev.clvops.platform.analytics;

import org.jspecify.annotations.Nullable;

/**
 * Size and value of one segment (RFM segment, persona or tier) in a run.
 *
 * @param name      the segment label
 * @param customers customers in it
 * @param share     customers / all customers
 * @param totalClv  sum of predicted CLV, null without predictions
 * @param meanClv   mean predicted CLV, null without predictions
 */
public record SegmentSummary(String name, long customers, double share, @Nullable Double totalClv,
                             @Nullable Double meanClv) {
}
