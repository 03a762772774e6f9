package dev.clvops.platform.analytics;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One analytics refresh.
 *
 * @param runId        the run id
 * @param snapshotId   the feature snapshot analysed
 * @param scoringRunId the champion's scoring run used, null when no predictions existed
 * @param status       RUNNING, COMPLETED or FAILED
 * @param createdAt    when the run started
 * @param finishedAt   when it ended, null while running
 * @param customers    customers analysed
 * @param durationsMs  wall-clock milliseconds per phase
 * @param message      failure reason or notes, null when none
 */
public record AnalyticsRun(long runId, long snapshotId, @Nullable Long scoringRunId, String status,
                           Instant createdAt, @Nullable Instant finishedAt, long customers,
                           Map<String, Long> durationsMs, @Nullable String message) {

    public AnalyticsRun {
        durationsMs = Map.copyOf(durationsMs);
    }
}
