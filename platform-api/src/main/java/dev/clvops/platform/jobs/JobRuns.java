package dev.clvops.platform.jobs;

import dev.clvops.platform.health.JobRunSummary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: starts and stops pipeline jobs and lists their durable runs. */
public interface JobRuns {

    /** Kind to one-line description of every job kind this installation can start. */
    Map<String, String> kinds();

    /**
     * Queues a run of {@code kind}.
     *
     * @throws IllegalArgumentException for an unknown kind or a bad parameter (the message names it)
     * @throws IllegalStateException when the queue is full
     */
    JobRun start(String kind, Map<String, String> parameters);

    /** Asks a queued or running run to stop; false when it had already ended or does not exist. */
    boolean stop(long runId);

    /** One run, with its latest progress. */
    Optional<JobRun> run(long runId);

    /** The newest {@code limit} runs, newest first, past ones included. */
    List<JobRun> recent(int limit);

    /** The newest {@code limit} Spring Batch job executions, however they were started (CLI, scheduler, API). */
    List<JobRunSummary> batchExecutions(int limit);
}
