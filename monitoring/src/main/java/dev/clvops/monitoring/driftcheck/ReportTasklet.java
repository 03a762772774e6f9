package dev.clvops.monitoring.driftcheck;

import java.util.function.LongConsumer;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** A step after {@code compare}: acts on the report whose id {@link CompareTasklet} stored. */
final class ReportTasklet implements Tasklet {

    private final LongConsumer action;

    ReportTasklet(LongConsumer action) {
        this.action = action;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        action.accept(chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .getLong(CompareTasklet.REPORT_ID));
        return RepeatStatus.FINISHED;
    }
}
