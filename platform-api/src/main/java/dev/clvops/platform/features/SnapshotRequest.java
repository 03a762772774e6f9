package dev.clvops.platform.features;

import java.time.LocalDate;

/**
 * Asks for a snapshot: features from orders on or before {@code cutoff}, targets from orders in
 * (cutoff, cutoff + horizonDays].
 *
 * @param cutoff the last calibration day (inclusive)
 * @param horizonDays the target window length in days; 0 for an as-of-now snapshot with no target
 */
public record SnapshotRequest(LocalDate cutoff, int horizonDays) {

    public SnapshotRequest {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizon must not be negative: " + horizonDays);
        }
    }
}
