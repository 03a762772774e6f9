package dev.clvops.training.scoring;

import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;

/** Reports customers scored and customers per second after each chunk. */
final class ThroughputReporter {

    private final ProgressListener listener;
    private final long total;
    private final long started = System.nanoTime();

    ThroughputReporter(ProgressListener listener, long total) {
        this.listener = listener;
        this.total = total;
    }

    void advanced(long done) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        listener.onProgress(new JobProgress(ScoreCustomersJobConfiguration.JOB, done, total, "customers",
                done / seconds));
    }
}
