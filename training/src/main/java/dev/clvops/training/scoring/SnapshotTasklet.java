package dev.clvops.training.scoring;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotId;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Checks that the job's snapshot is a completed as-of-now snapshot and puts its id into the job's context. The
 * snapshot is found or built before the job starts ({@link AsOfNowSnapshots}): Spring Batch does not launch the
 * {@code build-features} job from inside a step.
 */
class SnapshotTasklet implements Tasklet {

    static final String SNAPSHOT_ID = "snapshotId";

    private final FeatureStore features;
    private final SnapshotId snapshot;

    SnapshotTasklet(FeatureStore features, SnapshotId snapshot) {
        this.features = features;
        this.snapshot = snapshot;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FeatureSnapshot found = features.find(snapshot)
                .orElseThrow(() -> new IllegalStateException("no completed feature snapshot " + snapshot));
        if (found.horizonDays() != 0) {
            throw new IllegalStateException("snapshot " + snapshot + " has a " + found.horizonDays()
                    + "-day target window; scoring needs an as-of-now snapshot (horizon 0)");
        }
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putLong(SNAPSHOT_ID, snapshot.value());
        return RepeatStatus.FINISHED;
    }
}
