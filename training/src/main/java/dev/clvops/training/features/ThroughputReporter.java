package dev.clvops.training.features;

import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;

/** Reports customers done and customers per second every {@code every} customers and at the end. */
final class ThroughputReporter {

    private final ProgressListener listener;
    private final long total;
    private final long every;
    private final long started = System.nanoTime();

    ThroughputReporter(ProgressListener listener, long total, long every) {
        this.listener = listener;
        this.total = total;
        this.every = every;
    }

    void advanced(long done) {
        if (done % every == 0 || done == total) {
            double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
            listener.onProgress(new JobProgress(BuildFeaturesJobConfiguration.JOB, done, total, "customers",
                    done / seconds));
        }
    }
}
