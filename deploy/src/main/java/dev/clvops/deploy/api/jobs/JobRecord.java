package dev.clvops.deploy.api.jobs;

import dev.clvops.platform.job.JobProgress;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The mutable state of one submitted job; written by its worker thread, read by status requests. */
final class JobRecord {

    enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    final long id;
    final String kind;
    final Map<String, String> parameters;
    final @Nullable String batchJobName;
    final Instant submittedAt = Instant.now();
    volatile Status status = Status.QUEUED;
    volatile @Nullable Instant startedAt;
    volatile @Nullable Instant finishedAt;
    volatile @Nullable JobProgress progress;
    volatile @Nullable Object result;
    volatile @Nullable String error;

    JobRecord(long id, String kind, Map<String, String> parameters, @Nullable String batchJobName) {
        this.id = id;
        this.kind = kind;
        this.parameters = Map.copyOf(parameters);
        this.batchJobName = batchJobName;
    }
}
