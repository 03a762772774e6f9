package dev.clvops.monitoring.drift;

/**
 * How much a performance metric may degrade before it alerts.
 *
 * @param metric the metric name, as in the arena's metrics (e.g. {@code normalizedGini}, {@code rmse})
 * @param higherIsBetter true for scores (Gini, R²), false for errors (RMSE, MAE)
 * @param maxDegradation the largest tolerated degradation; more than this alerts
 * @param relative whether degradation is relative to the training value (for scale-dependent errors)
 */
public record MetricTolerance(String metric, boolean higherIsBetter, double maxDegradation, boolean relative) {

    public MetricTolerance {
        if (!(maxDegradation >= 0)) {
            throw new IllegalArgumentException("maxDegradation must not be negative: " + maxDegradation);
        }
    }

    /** A score that may drop by at most {@code maxDrop} (absolute). */
    public static MetricTolerance higherIsBetter(String metric, double maxDrop) {
        return new MetricTolerance(metric, true, maxDrop, false);
    }

    /** An error that may rise by at most {@code maxRelativeRise} of its training value. */
    public static MetricTolerance lowerIsBetter(String metric, double maxRelativeRise) {
        return new MetricTolerance(metric, false, maxRelativeRise, true);
    }

    /** Degradation from training to realised: positive when the realised value is worse. */
    double degradation(double training, double realised) {
        double worse = higherIsBetter ? training - realised : realised - training;
        if (!relative) {
            return worse;
        }
        if (training == 0) {
            return worse > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return worse / Math.abs(training);
    }
}
