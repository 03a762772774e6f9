package dev.clvops.monitoring.drift;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Compares the metrics a model scored in the training arena with the same metrics on realised outcomes. Defaults:
 * normalized Gini may drop by 0.05 (absolute); RMSE and MAE may rise by 20% of their training value. A metric
 * missing from either side, or NaN there (e.g. Gini when every actual value is equal), is not judged.
 */
public final class PerformanceDrift {

    private final List<MetricTolerance> tolerances;

    public PerformanceDrift(List<MetricTolerance> tolerances) {
        this.tolerances = List.copyOf(tolerances);
    }

    public static PerformanceDrift defaults() {
        return new PerformanceDrift(List.of(
                MetricTolerance.higherIsBetter("normalizedGini", 0.05),
                MetricTolerance.lowerIsBetter("rmse", 0.2),
                MetricTolerance.lowerIsBetter("mae", 0.2)));
    }

    /** One entry per judged metric, in tolerance order. */
    public List<MetricDrift> evaluate(Map<String, Double> training, Map<String, Double> realised) {
        return tolerances.stream()
                .map(tolerance -> judge(tolerance, training.get(tolerance.metric()), realised.get(tolerance.metric())))
                .filter(Objects::nonNull)
                .toList();
    }

    /** Whether any judged metric alerts. */
    public boolean alerts(Map<String, Double> training, Map<String, Double> realised) {
        return evaluate(training, realised).stream().anyMatch(MetricDrift::alert);
    }

    private static @Nullable MetricDrift judge(MetricTolerance tolerance,
            @Nullable Double training, @Nullable Double realised) {
        if (training == null || realised == null || training.isNaN() || realised.isNaN()) {
            return null;
        }
        double degradation = tolerance.degradation(training, realised);
        return new MetricDrift(tolerance.metric(), training, realised, degradation,
                degradation > tolerance.maxDegradation());
    }
}
