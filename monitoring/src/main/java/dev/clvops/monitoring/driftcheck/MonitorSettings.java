package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.DriftThresholds;
import dev.clvops.monitoring.drift.MetricTolerance;
import dev.clvops.monitoring.drift.PerformanceDrift;
import dev.clvops.monitoring.drift.ProfileSettings;
import dev.clvops.platform.monitoring.ModelRefitter.RefitWindow;
import java.util.List;

/**
 * How drift is checked.
 *
 * @param families the families whose champions are looked at; the one promoted last is monitored
 * @param thresholds when a feature, the predictions or the dataset drifted
 * @param profiles how reference columns are binned and sampled
 * @param tolerances how far realised metrics (registry names) may fall behind training-time ones
 * @param parameterTolerance the relative change of a refitted BTYD parameter that alerts (default 0.5)
 * @param refitWindow the recent window a BTYD champion's family is refitted on (default: customers acquired in the
 *     last 365 days, at least 500 of them)
 */
public record MonitorSettings(List<String> families, DriftThresholds thresholds, ProfileSettings profiles,
                             List<MetricTolerance> tolerances, double parameterTolerance, RefitWindow refitWindow) {

    public MonitorSettings {
        families = List.copyOf(families);
        tolerances = List.copyOf(tolerances);
        if (!(parameterTolerance > 0)) {
            throw new IllegalArgumentException("parameterTolerance must be positive: " + parameterTolerance);
        }
    }

    /**
     * Champions of bgnbd, paretonbd, baseline and xgboost; Gini may drop 0.05, RMSE and MAE rise 20 %; BTYD
     * parameters refitted on the last year's customers may move 50 %.
     */
    public static MonitorSettings defaults() {
        return new MonitorSettings(List.of("bgnbd", "paretonbd", "baseline", "xgboost"), DriftThresholds.defaults(),
                ProfileSettings.defaults(), List.of(MetricTolerance.higherIsBetter("normalized_gini", 0.05),
                MetricTolerance.lowerIsBetter("rmse", 0.2), MetricTolerance.lowerIsBetter("mae", 0.2)), 0.5,
                new RefitWindow(365, 500));
    }

    PerformanceDrift performanceDrift() {
        return new PerformanceDrift(tolerances);
    }
}
