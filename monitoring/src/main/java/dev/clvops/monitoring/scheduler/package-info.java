/**
 * The scheduler: {@link dev.clvops.monitoring.scheduler.PipelineScheduler} runs the daily pipeline (every
 * {@link dev.clvops.platform.monitoring.PipelineStep} bean in order: ingest a watched folder, snapshot, score,
 * monitor, retrain policy) on a cron expression; each fire time is claimed in {@code scheduler_runs} by exactly one
 * app instance. The built-in steps are here; scoring contributes its own step when present.
 */
@NullMarked
package dev.clvops.monitoring.scheduler;

import org.jspecify.annotations.NullMarked;
