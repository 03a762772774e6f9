package dev.clvops.monitoring.driftcheck;

import dev.clvops.platform.features.SnapshotId;

/** The monitored model version and the snapshot it was trained on. */
record Champion(String family, int version, SnapshotId snapshot) {
}
