package dev.clvops.platform.job;

/** Receives {@link JobProgress} reports; implementations must be cheap and must not throw. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = progress -> { };

    void onProgress(JobProgress progress);
}
