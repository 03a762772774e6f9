package dev.clvops.platform.jobs;

/** Where a job run is in its life. */
public enum JobState {
    QUEUED, RUNNING, STOPPING, COMPLETED, FAILED, STOPPED;

    /** Whether the run has ended (completed, failed or stopped). */
    public boolean ended() {
        return this == COMPLETED || this == FAILED || this == STOPPED;
    }
}
