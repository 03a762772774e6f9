package dev.clvops.training.pipeline;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.training.arena.DecileCalibration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One family's outcome in a training run.
 *
 * @param family the family
 * @param status {@code TRAINED}, {@code SPEND_MODEL} (gammagamma: fitted once, used by the BTYD families),
 *     {@code SKIPPED} or {@code FAILED}
 * @param note why skipped or failed, or what the family was fitted on
 * @param params the fitted parameters
 * @param metrics the arena's holdout metrics (empty when not in the arena)
 * @param calibration the holdout's decile calibration table
 * @param tracking the BTYD weekly cumulative tracking (empty for non-BTYD families)
 * @param version the registered (or pending) version, or null when not registered
 * @param model the fitted model, or null when none was fitted
 * @param fitSeconds how long fitting took
 */
public record FamilyReport(String family, String status, String note, Map<String, Double> params,
                           Map<String, Double> metrics, List<DecileCalibration> calibration,
                           List<TrackingWeek> tracking, @Nullable ModelVersion version, @Nullable ClvModel model,
                           double fitSeconds) {

    public FamilyReport {
        params = Map.copyOf(params);
        metrics = Map.copyOf(metrics);
        calibration = List.copyOf(calibration);
        tracking = List.copyOf(tracking);
    }
}
