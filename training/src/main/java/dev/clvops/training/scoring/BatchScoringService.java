package dev.clvops.training.scoring;

import dev.clvops.platform.job.ProgressListener;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** {@link ScoringService} that runs the {@code score-customers} Spring Batch job synchronously. */
@Component
class BatchScoringService implements ScoringService {

    private final JobOperator jobOperator;
    private final Job job;
    private final ScoringProgress progress;
    private final PredictionQueries queries;
    private final AsOfNowSnapshots snapshots;

    BatchScoringService(JobOperator jobOperator, @Qualifier("scoreCustomersJob") Job job, ScoringProgress progress,
                        PredictionQueries queries, AsOfNowSnapshots snapshots) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.progress = progress;
        this.queries = queries;
        this.snapshots = snapshots;
    }

    @Override
    public ScoringReport score(@Nullable String family, ProgressListener listener) {
        String run = UUID.randomUUID().toString();
        progress.register(run, listener);
        long started = System.nanoTime();
        try {
            long snapshot = snapshots.findOrBuild(listener).value();
            JobExecution execution = jobOperator.start(job, new JobParametersBuilder().addString("run", run)
                    .addLong("snapshotId", snapshot)
                    .addString("family", family == null ? "" : family).toJobParameters());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("score-customers failed: " + reason(execution));
            }
            long id = execution.getExecutionContext().getLong(OpenScoringRunTasklet.SCORING_RUN_ID);
            ScoringRun scored = queries.run(id).orElseThrow();
            return new ScoringReport(id, scored.snapshot(), scored.cutoff(), scored.family(), scored.modelVersion(),
                    scored.horizonDays(), scored.rowCount(), Duration.ofNanos(System.nanoTime() - started));
        } catch (JobExecutionException e) {
            throw new IllegalStateException("cannot start score-customers", e);
        } finally {
            progress.remove(run);
        }
    }

    /** The first failure's message (e.g. "no family has a champion model"), else the exit status. */
    private static String reason(JobExecution execution) {
        return execution.getAllFailureExceptions().stream().findFirst()
                .map(e -> e.getMessage() == null ? e.toString() : e.getMessage())
                .orElse(execution.getExitStatus().getExitDescription());
    }
}
