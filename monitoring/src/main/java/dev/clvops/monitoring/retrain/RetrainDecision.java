package dev.clvops.monitoring.retrain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored decision of the retrain policy.
 *
 * @param decisionId the {@code retrain_decisions} id
 * @param retrain whether a retrain was asked for
 * @param reason why it was, or was not
 * @param facts the numbers the decision was taken on
 * @param outcome the retrain's outcome ({@code promoted}, {@code kept}, {@code failed}), once known; null if skipped
 * @param trainingRunId the retrain's {@code training_runs} id, once known
 * @param finishedAt when the retrain finished
 */
public record RetrainDecision(long decisionId, boolean retrain, String reason, RetrainFacts facts,
                              @Nullable String outcome, @Nullable Long trainingRunId, @Nullable Instant finishedAt) {
}
