package dev.clvops.platform.features;

/**
 * Identifies one feature snapshot.
 *
 * @param value the database id
 */
public record SnapshotId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
