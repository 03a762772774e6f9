package dev.clvops.training.scoring;

import dev.clvops.platform.registry.ModelVersion;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The champion model version a scoring run uses.
 *
 * @param family the model family
 * @param version the registered version
 * @param runId the registry run it came from (null while a registration is pending)
 * @param horizonDays the horizon it scores: the model's training horizon, or the configured default when unknown
 */
record Champion(String family, int version, @Nullable String runId, int horizonDays) {

    /** The champion of {@code version}; its horizon is the run's {@code horizon_days} parameter when positive. */
    static Champion of(ModelVersion version, int defaultHorizonDays) {
        int horizon = Optional.ofNullable(version.params().get("horizon_days")).map(Integer::parseInt)
                .filter(days -> days > 0).orElse(defaultHorizonDays);
        return new Champion(version.family(), version.version(),
                version.runId() == null ? null : version.runId().value(), horizon);
    }
}
