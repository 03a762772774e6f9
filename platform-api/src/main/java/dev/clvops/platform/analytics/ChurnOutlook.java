package dev.clvops.platform.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Predicted movement into At Risk/Lost within the champion's horizon, per current segment.
 *
 * @param horizonDays        the prediction horizon
 * @param threshold          probability at or above which a customer counts as a likely churner
 * @param rows               one row per current segment
 * @param unavailableReason  why there is no forecast (no scoring run, no P(alive)), null when there is one
 */
public record ChurnOutlook(int horizonDays, double threshold, List<Row> rows, @Nullable String unavailableReason) {

    public ChurnOutlook {
        rows = List.copyOf(rows);
    }

    /** Customers of a segment, expected number becoming At Risk/Lost, and customers at or above the threshold. */
    public record Row(String segment, long customers, double expectedAtRisk, long likelyAtRisk) {
    }
}
