package dev.clvops.platform.health;

import java.time.Instant;
import java.util.List;

/**
 * The system's health at one instant.
 *
 * @param takenAt when the snapshot was taken
 * @param cpu processor load
 * @param memory physical memory of the host
 * @param disks the file stores holding the clvops home
 * @param jvm the running JVM
 * @param database the PostgreSQL database
 * @param versions the versions of the main dependencies
 * @param lastJobRuns the last execution of each batch job, by job name
 */
public record SystemSnapshot(Instant takenAt, CpuStats cpu, MemoryStats memory, List<DiskStats> disks, JvmStats jvm,
                             DatabaseStats database, List<ComponentVersion> versions, List<JobRunSummary> lastJobRuns) {

    public SystemSnapshot {
        disks = List.copyOf(disks);
        versions = List.copyOf(versions);
        lastJobRuns = List.copyOf(lastJobRuns);
    }
}
