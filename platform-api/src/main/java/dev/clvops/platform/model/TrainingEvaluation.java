package dev.clvops.platform.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model arena of one training run: every family scored on the same holdout.
 *
 * @param trainingRunId the {@code training_runs} id
 * @param finishedAt    when the run ended
 * @param champion      the arena's best family, null when none reached the arena
 * @param families      every family of the run, in request order
 */
public record TrainingEvaluation(long trainingRunId, Instant finishedAt, @Nullable String champion,
                                 List<FamilyEvaluation> families) {

    public TrainingEvaluation {
        families = List.copyOf(families);
    }
}
