package dev.clvops.monitoring.scheduler;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The scheduler (prefix {@code clvops.scheduler}).
 *
 * @param enabled whether the jobs are scheduled ({@code CLVOPS_SCHEDULER})
 * @param dailyPipeline cron of the daily pipeline (default {@code 0 0 2 * * *})
 * @param watchDir folder whose order files the daily pipeline ingests; null: no ingest step
 */
public record SchedulerSettings(boolean enabled, String dailyPipeline, @Nullable Path watchDir) {
}
