package dev.clvops.deploy.ops;

import dev.clvops.platform.alerts.Alert;
import dev.clvops.platform.alerts.AlertKind;
import dev.clvops.platform.alerts.AlertPublisher;
import dev.clvops.platform.alerts.AlertSeverity;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Publishes a CRITICAL {@link AlertKind#JOB_FAILURE} alert for every job execution that ends FAILED. */
final class JobFailureAlerts implements JobExecutionListener {

    private static final int MAX_DESCRIPTION = 1_000;

    private final AlertPublisher alerts;
    private final Clock clock;

    JobFailureAlerts(AlertPublisher alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        String job = execution.getJobInstance().getJobName();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("job", job);
        details.put("jobExecutionId", Long.toString(execution.getId()));
        details.put("exitCode", execution.getExitStatus().getExitCode());
        String description = execution.getExitStatus().getExitDescription();
        details.put("exitDescription", description.length() > MAX_DESCRIPTION
                ? description.substring(0, MAX_DESCRIPTION) + "…" : description);
        execution.getJobParameters().parameters()
                .forEach(parameter -> details.put("param." + parameter.name(), String.valueOf(parameter.value())));
        alerts.publish(new Alert(AlertKind.JOB_FAILURE, AlertSeverity.CRITICAL, "Job " + job + " FAILED", details,
                execution.getEndTime() == null ? clock.instant()
                        : execution.getEndTime().atZone(ZoneId.systemDefault()).toInstant()));
    }
}
