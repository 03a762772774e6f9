package dev.clvops.platform.model;

import java.util.Optional;

/** Read side of the holdout evaluation every training run stores, for the Model evaluation tab. */
public interface EvaluationReader {

    /** The evaluation of the latest completed training run that reached the arena, if any. */
    Optional<TrainingEvaluation> latest();

    /** The evaluation of training run {@code trainingRunId}, empty when it is unknown or never reached the arena. */
    Optional<TrainingEvaluation> evaluation(long trainingRunId);
}
