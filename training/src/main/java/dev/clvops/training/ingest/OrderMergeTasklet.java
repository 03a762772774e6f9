package dev.clvops.training.ingest;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The {@code mergeOrders} step: merges the run's staged rows in the step's single transaction. */
class OrderMergeTasklet implements Tasklet {

    private final StagedRowMerge merge;
    private final long runId;
    private final String fileName;

    OrderMergeTasklet(StagedRowMerge merge, long runId, String fileName) {
        this.merge = merge;
        this.runId = runId;
        this.fileName = fileName;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        merge.merge(runId, fileName);
        return RepeatStatus.FINISHED;
    }
}
