package dev.clvops.platform.monitoring;

import dev.clvops.platform.job.ProgressListener;

/**
 * Port: one step of the scheduled daily pipeline (ingest, snapshot, score, monitor, retrain). Modules contribute
 * steps as beans; the scheduler runs whatever steps exist in {@link #order()}, so a step whose module is absent
 * is simply not run.
 */
public interface PipelineStep {

    int INGEST = 100;
    int SNAPSHOT = 200;
    int SCORE = 300;
    int MONITOR = 400;
    int RETRAIN = 500;

    /** A short name for logs and the scheduler's run record, e.g. {@code snapshot}. */
    String name();

    /** Where the step runs in the pipeline: one of the constants above. */
    int order();

    /** Runs the step synchronously; a failure stops the pipeline. Returns a one-line summary. */
    String run(ProgressListener progress);
}
