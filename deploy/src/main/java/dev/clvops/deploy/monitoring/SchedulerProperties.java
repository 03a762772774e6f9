package dev.clvops.deploy.monitoring;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduler (prefix {@code clvops.scheduler}).
 *
 * @param enabled whether the daily pipeline is scheduled ({@code CLVOPS_SCHEDULER})
 * @param dailyPipeline the daily pipeline's cron (second minute hour day month weekday)
 * @param watchDir folder whose order files the daily pipeline ingests; unset: no ingest step
 */
@ConfigurationProperties("clvops.scheduler")
record SchedulerProperties(@DefaultValue("false") boolean enabled, @DefaultValue("0 0 2 * * *") String dailyPipeline,
                           @Nullable Path watchDir) {
}
