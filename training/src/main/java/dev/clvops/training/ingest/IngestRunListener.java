package dev.clvops.training.ingest;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Links each {@code ingest-orders} execution to its {@code ingest_runs} row before the job starts working. */
class IngestRunListener implements JobExecutionListener {

    private final IngestRuns runs;

    IngestRunListener(IngestRuns runs) {
        this.runs = runs;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        Long runId = execution.getJobParameters().getLong(IngestOrdersJobConfiguration.RUN_ID);
        if (runId == null) {
            throw new IllegalArgumentException("job parameter runId is missing: " + execution.getJobParameters());
        }
        runs.attachJobExecution(runId, execution.getId());
    }
}
