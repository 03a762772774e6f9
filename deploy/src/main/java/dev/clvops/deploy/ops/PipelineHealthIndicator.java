package dev.clvops.deploy.ops;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;

/**
 * Pipeline readiness: the registered batch jobs and the executions running now (from the job repository's
 * tables), and whether a task scheduler is wired. DOWN without any job or when the job repository cannot be read.
 */
final class PipelineHealthIndicator extends AbstractHealthIndicator {

    private static final String RUNNING = """
            SELECT i.job_name, count(*) FROM batch_job_execution e
            JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            WHERE e.status IN ('STARTING', 'STARTED', 'STOPPING') GROUP BY i.job_name""";

    private final ObjectProvider<Job> jobs;
    private final ObjectProvider<TaskScheduler> scheduler;
    private final JdbcTemplate jdbc;

    PipelineHealthIndicator(ObjectProvider<Job> jobs, ObjectProvider<TaskScheduler> scheduler, JdbcTemplate jdbc) {
        super("Pipeline readiness check failed");
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        TreeSet<String> names = new TreeSet<>(jobs.stream().map(Job::getName).toList());
        Map<String, Long> running = new TreeMap<>();
        jdbc.query(RUNNING, row -> {
            running.put(row.getString(1), row.getLong(2));
        });
        builder.status(names.isEmpty() ? Status.DOWN
                        : Status.UP)
                .withDetail("jobs", List.copyOf(names)).withDetail("running", running)
                .withDetail("scheduler", scheduler.getIfAvailable() == null ? "absent" : "present");
    }
}
