package dev.clvops.platform.health;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The last execution of one batch job.
 *
 * @param jobName the job, e.g. {@code ingest-orders}
 * @param executionId the job execution's id
 * @param status the batch status, e.g. {@code COMPLETED}, {@code FAILED}, {@code STARTED}
 * @param exitCode the exit code, e.g. {@code COMPLETED} or {@code FAILED}
 * @param startedAt when it started; null when it never started
 * @param endedAt when it ended; null while running
 */
public record JobRunSummary(String jobName, long executionId, String status, String exitCode,
                            @Nullable Instant startedAt, @Nullable Instant endedAt) {
}
