package dev.clvops.training.pipeline;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * The {@code snapshot} step: loads the holdout snapshot in days and, when given, the snapshot one horizon earlier
 * that xgboost learns from (so it never sees the holdout's targets). {@link TrainingService} resolves or builds
 * both before the job starts: Spring Batch does not launch {@code build-features} from inside a running step.
 */
final class SnapshotLoader {

    private final FeatureStore store;
    private final TrainingSetSource trainingSets;
    private final TrainingRunRepository runs;
    private final long snapshotId;
    private final @Nullable Long xgboostSnapshotId;

    SnapshotLoader(FeatureStore store, TrainingSetSource trainingSets, TrainingRunRepository runs, long snapshotId,
                   @Nullable Long xgboostSnapshotId) {
        this.store = store;
        this.trainingSets = trainingSets;
        this.runs = runs;
        this.snapshotId = snapshotId;
        this.xgboostSnapshotId = xgboostSnapshotId;
    }

    void load(TrainingState state) {
        FeatureSnapshot snapshot = store.find(new SnapshotId(snapshotId))
                .orElseThrow(() -> new NoSuchElementException("no completed feature snapshot " + snapshotId));
        runs.snapshot(state.runId, snapshotId, state.jobExecutionId);
        state.snapshot = snapshot;
        state.set = trainingSets.load(snapshot.id(), TimeUnit.DAYS);
        if (xgboostSnapshotId != null) {
            state.xgboostSet = trainingSets.load(new SnapshotId(xgboostSnapshotId), TimeUnit.DAYS);
        }
    }
}
