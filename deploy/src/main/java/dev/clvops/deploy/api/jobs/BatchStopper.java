package dev.clvops.deploy.api.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Stops a run: a Spring Batch job is asked to stop (it ends after the current chunk or tasklet) as soon as its
 * execution exists, since a run may prepare for a while before it launches one; other jobs are interrupted.
 */
@Component
class BatchStopper {

    private static final Logger log = LoggerFactory.getLogger(BatchStopper.class);
    private static final long POLL_MILLIS = 250;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    BatchStopper(JobOperator jobOperator, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    void stop(JobRecord record) {
        String jobName = record.batchJobName;
        if (jobName == null) {
            Thread worker = record.worker;
            if (worker != null) {
                worker.interrupt();
            }
            return;
        }
        Thread.ofVirtual().name("clvops-job-stop-" + record.id).start(() -> stopUntilEnded(record, jobName));
    }

    private void stopUntilEnded(JobRecord record, String jobName) {
        Set<Long> stopped = new HashSet<>();
        while (record.finishedAt == null) {
            Instant since = record.startedAt;
            if (since != null) {
                jobRepository.findRunningJobExecutions(jobName).stream()
                        .filter(execution -> startedSince(execution, since) && stopped.add(execution.getId()))
                        .forEach(this::stop);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void stop(JobExecution execution) {
        try {
            jobOperator.stop(execution);
            log.info("Asked {} execution {} to stop", execution.getJobInstance().getJobName(), execution.getId());
        } catch (JobExecutionNotRunningException e) {
            log.debug("Execution {} ended before it could be stopped", execution.getId());
        }
    }

    private static boolean startedSince(JobExecution execution, Instant since) {
        return execution.getCreateTime() != null && !execution.getCreateTime().atZone(ZoneId.systemDefault())
                .toInstant().isBefore(since.minusSeconds(1));
    }
}
