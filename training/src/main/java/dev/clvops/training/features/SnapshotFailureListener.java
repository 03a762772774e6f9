package dev.clvops.training.features;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Marks the snapshot of a job that did not complete FAILED, so it never shows as usable. */
class SnapshotFailureListener implements JobExecutionListener {

    private final SnapshotRepository snapshots;

    SnapshotFailureListener(SnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() != BatchStatus.COMPLETED
                && jobExecution.getExecutionContext().containsKey(OpenSnapshotTasklet.SNAPSHOT_ID)) {
            snapshots.fail(jobExecution.getExecutionContext().getLong(OpenSnapshotTasklet.SNAPSHOT_ID));
        }
    }
}
