package dev.clvops.deploy.api.jobs;

import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.jobs.JobState;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/** The live state of one run of this instance; written by its worker thread, read by status requests. */
final class JobRecord {

    final long id;
    final String kind;
    final Map<String, String> parameters;
    final @Nullable String batchJobName;
    final Instant submittedAt;
    volatile JobState status = JobState.QUEUED;
    volatile @Nullable Instant startedAt;
    volatile @Nullable Instant finishedAt;
    volatile @Nullable JobProgress progress;
    volatile @Nullable Object result;
    volatile @Nullable String error;
    volatile boolean stopRequested;
    volatile @Nullable Future<?> future;
    volatile @Nullable Thread worker;
    long progressSavedAt;

    JobRecord(long id, String kind, Map<String, String> parameters, @Nullable String batchJobName,
              Instant submittedAt) {
        this.id = id;
        this.kind = kind;
        this.parameters = Map.copyOf(parameters);
        this.batchJobName = batchJobName;
        this.submittedAt = submittedAt;
    }
}
