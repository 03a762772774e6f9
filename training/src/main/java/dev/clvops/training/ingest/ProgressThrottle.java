package dev.clvops.training.ingest;

import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns row and byte counts into {@link JobProgress} reports in rows, at most one per interval. The expected
 * total is extrapolated from the share of bytes read, so {@link JobProgress#fraction()} is the byte fraction.
 */
final class ProgressThrottle {

    private final String job;
    private final long totalBytes;
    private final long intervalNanos;
    private final long startNanos;
    private final ProgressListener listener;
    private final Consumer<String> log;
    private long lastNanos;

    ProgressThrottle(String job, long totalBytes, long intervalNanos, long startNanos, ProgressListener listener,
                     Consumer<String> log) {
        this.job = job;
        this.totalBytes = totalBytes;
        this.intervalNanos = intervalNanos;
        this.startNanos = startNanos;
        this.lastNanos = startNanos;
        this.listener = listener;
        this.log = log;
    }

    /** Reports when the interval has passed since the last report; returns whether it reported. */
    boolean update(long rows, long bytes, long nowNanos) {
        if (nowNanos - lastNanos < intervalNanos) {
            return false;
        }
        lastNanos = nowNanos;
        report(rows, bytes, nowNanos);
        return true;
    }

    /** Reports unconditionally, e.g. when the file is fully read. */
    void report(long rows, long bytes, long nowNanos) {
        report(rows, bytes, nowNanos, null);
    }

    /**
     * Reports unconditionally with what the job does next that rows do not count, e.g. building keys after the last
     * row; null for none.
     */
    void report(long rows, long bytes, long nowNanos, @Nullable String stage) {
        double seconds = Math.max(1e-9, (nowNanos - startNanos) / 1e9);
        long expected = bytes <= 0 ? -1 : Math.max(rows, Math.round(rows * (double) totalBytes / bytes));
        JobProgress progress = new JobProgress(job, rows, expected, "rows", rows / seconds, stage);
        listener.onProgress(progress);
        log.accept(String.format("%s: %,d rows, %.1f%% of %,d bytes, %,.0f rows/s%s", job, rows,
                totalBytes <= 0 ? 100.0 : 100.0 * bytes / totalBytes, totalBytes, progress.ratePerSecond(),
                stage == null ? "" : ", " + stage));
    }
}
