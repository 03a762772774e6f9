package dev.clvops.platform.features;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Metadata of one immutable feature snapshot.
 *
 * @param id the snapshot id
 * @param cutoff the last calibration day
 * @param horizonDays the target window in days (0: no target)
 * @param featureSetVersion the version of the feature definitions used
 * @param rowCount the number of customers in the snapshot
 * @param checksum a SHA-256 over the snapshot's rows in customer order
 * @param createdAt when it was built
 */
public record FeatureSnapshot(SnapshotId id, LocalDate cutoff, int horizonDays, String featureSetVersion,
                              long rowCount, String checksum, Instant createdAt) {
}
