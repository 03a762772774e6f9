package dev.clvops.platform.job;

/**
 * One progress report of a long-running job.
 *
 * @param job the job name, e.g. {@code ingest-orders}
 * @param done units of work finished so far (rows, customers, bytes: see {@code unit})
 * @param total the expected total, or -1 when unknown
 * @param unit what {@code done} and {@code total} count
 * @param ratePerSecond throughput since the job started, in units per second
 */
public record JobProgress(String job, long done, long total, String unit, double ratePerSecond) {

    /** The completed fraction in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
