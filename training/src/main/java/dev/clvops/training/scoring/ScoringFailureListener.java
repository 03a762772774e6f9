package dev.clvops.training.scoring;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Marks the scoring run of a job that did not complete FAILED, so it never shows as the latest scores. */
class ScoringFailureListener implements JobExecutionListener {

    private final ScoringRunRepository runs;

    ScoringFailureListener(ScoringRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        if (jobExecution.getStatus() != BatchStatus.COMPLETED
                && jobExecution.getExecutionContext().containsKey(OpenScoringRunTasklet.SCORING_RUN_ID)) {
            runs.fail(jobExecution.getExecutionContext().getLong(OpenScoringRunTasklet.SCORING_RUN_ID));
        }
    }
}
