package dev.clvops.training.features;

import dev.clvops.platform.features.SnapshotRequest;
import java.time.LocalDate;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Records a BUILDING snapshot in its own transaction, so a failed or killed build stays visible as not usable. */
class OpenSnapshotTasklet implements Tasklet {

    static final String SNAPSHOT_ID = "snapshotId";

    private final SnapshotRepository snapshots;
    private final LocalDate cutoff;
    private final int horizonDays;

    OpenSnapshotTasklet(SnapshotRepository snapshots, LocalDate cutoff, int horizonDays) {
        this.snapshots = snapshots;
        this.cutoff = cutoff;
        this.horizonDays = horizonDays;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long id = snapshots.open(new SnapshotRequest(cutoff, horizonDays), job.getId());
        job.getExecutionContext().putLong(SNAPSHOT_ID, id);
        return RepeatStatus.FINISHED;
    }
}
