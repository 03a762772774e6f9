package dev.clvops.training.scoring;

import dev.clvops.platform.registry.ModelRegistry;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Chooses the champion ({@link ChampionChoice}) and records a RUNNING scoring run in its own transaction, so a
 * failed or killed run stays visible as not usable.
 */
class OpenScoringRunTasklet implements Tasklet {

    static final String SCORING_RUN_ID = "scoringRunId";

    private final ModelRegistry registry;
    private final ScoringRunRepository runs;
    private final ScoringSettings settings;

    OpenScoringRunTasklet(ModelRegistry registry, ScoringRunRepository runs, ScoringSettings settings) {
        this.registry = registry;
        this.runs = runs;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        Champion champion = Champion.of(new ChampionChoice(registry, settings).choose(),
                settings.defaultHorizonDays());
        long snapshotId = job.getExecutionContext().getLong(SnapshotTasklet.SNAPSHOT_ID);
        job.getExecutionContext().putLong(SCORING_RUN_ID, runs.open(snapshotId, champion, settings, job.getId()));
        return RepeatStatus.FINISHED;
    }
}
