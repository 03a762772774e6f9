package dev.clvops.training.pipeline;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.training.xgboost.XgboostClvModel;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The {@code snapshot} step: resolves the holdout snapshot and loads it in days; with xgboost requested, also the
 * snapshot one horizon earlier, which xgboost learns from so that it never sees the holdout's targets.
 */
final class SnapshotLoader {

    private final SnapshotResolver resolver;
    private final TrainingSetSource trainingSets;
    private final TrainingRunRepository runs;
    private final @Nullable Long snapshotId;
    private final @Nullable LocalDate cutoff;
    private final int horizonDays;

    SnapshotLoader(SnapshotResolver resolver, TrainingSetSource trainingSets, TrainingRunRepository runs,
                   @Nullable Long snapshotId, @Nullable LocalDate cutoff, int horizonDays) {
        this.resolver = resolver;
        this.trainingSets = trainingSets;
        this.runs = runs;
        this.snapshotId = snapshotId;
        this.cutoff = cutoff;
        this.horizonDays = horizonDays;
    }

    void load(TrainingState state) {
        FeatureSnapshot snapshot = resolver.holdout(snapshotId, cutoff, horizonDays, state.progress);
        runs.snapshot(state.runId, snapshot.id().value(), state.jobExecutionId);
        state.snapshot = snapshot;
        state.set = trainingSets.load(snapshot.id(), TimeUnit.DAYS);
        if (state.families.containsKey(XgboostClvModel.FAMILY)) {
            resolver.earlier(snapshot, state.progress)
                    .ifPresent(earlier -> state.xgboostSet = trainingSets.load(earlier.id(), TimeUnit.DAYS));
        }
    }
}
