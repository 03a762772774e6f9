package dev.clvops.training.ingest;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code mergeOrders} step: merges the run's staged rows in the step's single transaction, after checking that
 * the staging table holds every row {@code loadOrders} wrote (the staging COPY commits apart from the load chunks).
 */
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
        long written = chunkContext.getStepContext().getStepExecution().getJobExecution().getStepExecutions()
                .stream().filter(step -> step.getStepName().equals("loadOrders"))
                .mapToLong(StepExecution::getWriteCount).sum();
        merge.merge(runId, fileName, written);
        return RepeatStatus.FINISHED;
    }
}
