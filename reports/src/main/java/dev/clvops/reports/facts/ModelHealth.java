package dev.clvops.reports.facts;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The model behind a report's predictions.
 *
 * @param family            the model family that scored the customers (else the first family with a champion)
 * @param version           the scoring model version, null when no model scored
 * @param champion          the family's current champion version, null when none
 * @param metrics           the scoring version's holdout (arena) metrics
 * @param lastRetrain       when the family's newest version was registered, null when none
 * @param horizonDays       the prediction horizon of the scoring run, 0 without one
 * @param drift             the drift monitoring status in words
 * @param unavailableReason why there is no model information, null when there is
 */
public record ModelHealth(@Nullable String family, @Nullable Integer version, @Nullable Integer champion,
                          Map<String, Double> metrics, @Nullable Instant lastRetrain, int horizonDays, String drift,
                          @Nullable String unavailableReason) {

    public ModelHealth {
        metrics = Map.copyOf(metrics);
    }

    /** E.g. {@code bgnbd v3}, or {@code none yet}. */
    public String label() {
        return family == null || version == null ? "none yet" : family + " v" + version;
    }
}
