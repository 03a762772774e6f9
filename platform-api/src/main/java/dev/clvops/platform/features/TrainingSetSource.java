package dev.clvops.platform.features;

import dev.clvops.platform.model.TrainingSet;

/** Port: reads a completed feature snapshot as a {@link TrainingSet} for fitting or scoring. */
public interface TrainingSetSource {

    /**
     * Loads every customer of a completed snapshot, in customer id order, with recency and T in {@code unit}.
     *
     * @throws java.util.NoSuchElementException when no completed snapshot has this id
     */
    TrainingSet load(SnapshotId id, TimeUnit unit);
}
