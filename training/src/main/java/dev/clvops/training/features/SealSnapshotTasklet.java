package dev.clvops.training.features;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Makes the built snapshot usable: COMPLETED with its row count and checksum. */
class SealSnapshotTasklet implements Tasklet {

    static final String ROW_COUNT = "rowCount";
    static final String CHECKSUM = "checksum";

    private final SnapshotRepository snapshots;

    SealSnapshotTasklet(SnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        long id = job.getLong(OpenSnapshotTasklet.SNAPSHOT_ID);
        if (!snapshots.seal(id, job.getLong(ROW_COUNT), job.getString(CHECKSUM))) {
            throw new IllegalStateException("snapshot " + id + " is no longer BUILDING");
        }
        return RepeatStatus.FINISHED;
    }
}
