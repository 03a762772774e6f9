package dev.clvops.platform.job;

import org.jspecify.annotations.Nullable;

/**
 * One progress report of a long-running job.
 *
 * @param job the job name, e.g. {@code ingest-orders}
 * @param done units of work finished so far (rows, customers, bytes: see {@code unit})
 * @param total the expected total, or -1 when unknown
 * @param unit what {@code done} and {@code total} count
 * @param ratePerSecond throughput since the job started, in units per second
 * @param stage what the job does now when that is not counted in units (e.g. the key builds after the last row of an
 *     ingest was read, which can take seconds at 100%), or null
 */
public record JobProgress(String job, long done, long total, String unit, double ratePerSecond,
                          @Nullable String stage) {

    /** A report of counted work, without a stage. */
    public JobProgress(String job, long done, long total, String unit, double ratePerSecond) {
        this(job, done, total, unit, ratePerSecond, null);
    }

    /** The completed fraction in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
