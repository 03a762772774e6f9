package dev.clvops.platform.features;

import dev.clvops.platform.job.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Port: builds, finds and exports feature snapshots. */
public interface FeatureStore {

    /** Builds a new snapshot from the orders stored now; snapshots are never changed once built. */
    FeatureSnapshot build(SnapshotRequest request, ProgressListener progress);

    Optional<FeatureSnapshot> find(SnapshotId id);

    /** The most recently built snapshot, if any. */
    Optional<FeatureSnapshot> latest();

    /** All snapshots, newest first. */
    List<FeatureSnapshot> list();

    /**
     * Writes a snapshot as CSV; the header starts {@code customer_id,frequency,recency,T,monetary_value} with
     * recency and T in {@code unit}. Returns the number of customers written.
     */
    long export(SnapshotId id, Path target, TimeUnit unit);
}
