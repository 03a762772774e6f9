package dev.clvops.deploy.api.jobs;

import dev.clvops.platform.job.JobProgress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A job's status as the API shows it.
 *
 * @param id          the job id
 * @param kind        the job kind
 * @param status      QUEUED, RUNNING, COMPLETED or FAILED
 * @param parameters  the parameters it was started with
 * @param statusUrl   where to ask again
 * @param progress    the latest progress report, null before the first
 * @param batchSteps  Spring Batch step executions of the job (status, read/write/skip counts), oldest first
 * @param result      what the job produced, once completed
 * @param error       why it failed
 */
public record JobView(long id, String kind, String status, Map<String, String> parameters, String statusUrl,
                      @Nullable Instant submittedAt, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                      @Nullable JobProgress progress, List<Map<String, Object>> batchSteps, @Nullable Object result,
                      @Nullable String error) {
}
