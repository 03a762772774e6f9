package dev.clvops.platform.registry;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One decision of the promotion gate, with the numbers it was based on.
 *
 * @param family the model family
 * @param candidateVersion the version that was evaluated
 * @param championVersion the champion it was compared with; null when there was none
 * @param metric the primary metric's name
 * @param candidateValue the candidate's value of the metric on the holdout
 * @param championValue the champion's value on the same holdout; null when there was no champion
 * @param margin the improvement required to promote (in the metric's units)
 * @param promoted whether the candidate became champion
 * @param reason why, in words
 * @param decidedAt when the decision was made
 */
public record PromotionDecision(String family, int candidateVersion, @Nullable Integer championVersion,
                                String metric, double candidateValue, @Nullable Double championValue, double margin,
                                boolean promoted, String reason, Instant decidedAt) {
}
