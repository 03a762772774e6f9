package dev.clvops.monitoring.driftcheck;

import java.util.Optional;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

/** Runs the {@code monitor-drift} job synchronously and returns the stored report (CLI, scheduler, UI). */
public class DriftMonitor {

    private final JobOperator jobOperator;
    private final Job job;
    private final DriftReports reports;

    DriftMonitor(JobOperator jobOperator, Job job, DriftReports reports) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.reports = reports;
    }

    /**
     * @throws IllegalStateException when the check fails (no champion, no snapshot, a failed step)
     */
    public MonitorReport monitor() {
        JobExecution execution;
        try {
            execution = jobOperator.start(job, new JobParametersBuilder()
                    .addString("run", UUID.randomUUID().toString()).toJobParameters());
        } catch (JobExecutionException e) {
            throw new IllegalStateException("cannot start " + MonitorDriftJobConfiguration.JOB + ": "
                    + e.getMessage(), e);
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            var failures = execution.getAllFailureExceptions();
            throw new IllegalStateException(MonitorDriftJobConfiguration.JOB + " failed: " + failures.stream()
                    .map(Throwable::getMessage).toList(), failures.isEmpty() ? null : failures.getFirst());
        }
        return reports.load(execution.getExecutionContext().getLong(CompareTasklet.REPORT_ID));
    }

    /** The latest stored report, if any check ran. */
    public Optional<MonitorReport> latest() {
        return reports.latestId().map(reports::load);
    }
}
