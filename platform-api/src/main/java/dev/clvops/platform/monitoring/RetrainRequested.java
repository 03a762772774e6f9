package dev.clvops.platform.monitoring;

import java.time.Instant;

/**
 * Event: the retrain policy decided to retrain. Listeners run synchronously on the publishing thread, so the
 * policy's single-flight lock is held until the retrain finished.
 *
 * @param decisionId the {@code retrain_decisions} row of the decision
 * @param reason why, e.g. {@code dataset drift (4 of 14 features)}
 * @param forced whether a manual {@code --force} bypassed the drift trigger
 * @param requestedAt when the decision was taken
 */
public record RetrainRequested(long decisionId, String reason, boolean forced, Instant requestedAt) {
}
