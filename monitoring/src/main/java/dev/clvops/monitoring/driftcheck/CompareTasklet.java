package dev.clvops.monitoring.driftcheck;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** The {@code compare} step: stores a report and puts its id into the job's execution context. */
final class CompareTasklet implements Tasklet {

    static final String REPORT_ID = "driftReportId";

    private final DriftCheck check;

    CompareTasklet(DriftCheck check) {
        this.check = check;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        job.getExecutionContext().putLong(REPORT_ID, check.compare(job.getId()));
        return RepeatStatus.FINISHED;
    }
}
