package dev.clvops.training.scoring;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Makes the scoring run usable: COMPLETED with its row count. */
class SealScoringRunTasklet implements Tasklet {

    static final String ROW_COUNT = "rowCount";

    private final ScoringRunRepository runs;

    SealScoringRunTasklet(ScoringRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        long id = job.getLong(OpenScoringRunTasklet.SCORING_RUN_ID);
        if (!runs.seal(id, job.getLong(ROW_COUNT))) {
            throw new IllegalStateException("scoring run " + id + " is no longer RUNNING");
        }
        return RepeatStatus.FINISHED;
    }
}
