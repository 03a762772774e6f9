package dev.clvops.monitoring.scheduler;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.Trigger;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Schedules jobs on cron expressions. Every fire is claimed in {@code scheduler_runs} under its scheduled time, so
 * with several replicas (same cron, same database) exactly one runs each fire; the others log and skip.
 */
public final class PipelineScheduler {

    private static final Logger log = LoggerFactory.getLogger(PipelineScheduler.class);

    private final TaskScheduler scheduler;
    private final JdbcScheduleClaims claims;

    public PipelineScheduler(TaskScheduler scheduler, JdbcTemplate jdbc, String instance) {
        this.scheduler = scheduler;
        this.claims = new JdbcScheduleClaims(jdbc, instance);
    }

    /** Schedules {@code job} on the cron expression (Spring's six fields); throws on an invalid expression. */
    public ScheduledFuture<?> schedule(String job, String cron, Supplier<List<String>> task) {
        CronTrigger cronTrigger = new CronTrigger(cron);
        AtomicReference<Instant> scheduled = new AtomicReference<>();
        Trigger remembering = context -> {
            Instant next = cronTrigger.nextExecution(context);
            scheduled.set(next);
            return next;
        };
        log.info("Scheduled job {} on '{}'", job, cron);
        return scheduler.schedule(() -> runOnce(job, scheduled.get(), task), remembering);
    }

    /** Runs the fire at {@code fireTime} if this instance claims it; returns whether it ran. */
    public boolean runOnce(String job, Instant fireTime, Supplier<List<String>> task) {
        if (!claims.claim(job, fireTime)) {
            log.info("Job {} at {} runs on another instance; skipped", job, fireTime);
            return false;
        }
        try {
            List<String> summaries = task.get();
            claims.finish(job, fireTime, true, String.join("; ", summaries));
            return true;
        } catch (RuntimeException e) {
            log.error("Job {} at {} failed", job, fireTime, e);
            claims.finish(job, fireTime, false, String.valueOf(e.getMessage()));
            return true;
        }
    }
}
