package dev.clvops.deploy.monitoring;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler (prefix {@code clvops.scheduler}).
 *
 * @param enabled whether the daily pipeline and weekly reports are scheduled ({@code CLVOPS_SCHEDULER})
 * @param dailyPipeline the daily pipeline's cron (second minute hour day month weekday)
 * @param watchDir folder whose order files the daily pipeline ingests; unset: no ingest step
 * @param weeklyReports the weekly report generation's cron
 */
@ConfigurationProperties("clvops.scheduler")
record SchedulerProperties(@DefaultValue("false") boolean enabled, @DefaultValue("0 0 2 * * *") String dailyPipeline,
                           @Nullable Path watchDir, @DefaultValue("0 0 6 * * MON") String weeklyReports) {
}
