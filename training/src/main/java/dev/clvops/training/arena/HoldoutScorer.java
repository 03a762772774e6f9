package dev.clvops.training.arena;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.stat.correlation.SpearmansCorrelation;

/** Computes {@link HoldoutMetrics} for aligned arrays of customer ids, predicted and actual values. */
final class HoldoutScorer {

    private HoldoutScorer() {
    }

    static HoldoutMetrics score(String[] ids, double[] predicted, double[] actual) {
        if (ids.length < 2) {
            throw new IllegalArgumentException("a holdout needs at least 2 customers, got " + ids.length);
        }
        var ranked = RankedHoldout.byPrediction(ids, predicted, actual);
        var perfect = RankedHoldout.byActual(ids, predicted, actual);
        var deciles = ranked.deciles();
        double total = Arrays.stream(actual).sum();
        return new HoldoutMetrics(ids.length, mae(predicted, actual), rmse(predicted, actual),
                r2(predicted, actual), normalizedGini(ranked, perfect), decileMape(deciles),
                new SpearmansCorrelation().correlation(predicted, actual),
                total > 0 ? ranked.topDecileActual() / total : Double.NaN, deciles);
    }

    /** NaN when even the perfect ordering has no Gini (every actual value equal). */
    private static double normalizedGini(RankedHoldout ranked, RankedHoldout perfect) {
        double best = gini(perfect.actual());
        return best > 0 ? gini(ranked.actual()) / best : Double.NaN;
    }

    /**
     * Gini of an ordering: the mean cumulative share of actual value along the order minus the share a random
     * order would have, {@code (n+1)/(2n)} (Kaggle's "normalized Gini" formulation). NaN when the total is 0.
     */
    static double gini(double[] actualInOrder) {
        int n = actualInOrder.length;
        double total = Arrays.stream(actualInOrder).sum();
        if (total == 0) {
            return Double.NaN;
        }
        double cumulative = 0;
        double sumOfShares = 0;
        for (double value : actualInOrder) {
            cumulative += value;
            sumOfShares += cumulative / total;
        }
        return sumOfShares / n - (n + 1) / (2.0 * n);
    }

    /** Mean over deciles with a positive mean actual of {@code |mean predicted - mean actual| / mean actual}. */
    static double decileMape(List<DecileCalibration> deciles) {
        return deciles.stream()
                .filter(decile -> decile.meanActual() > 0)
                .mapToDouble(d -> Math.abs(d.meanPredicted() - d.meanActual()) / d.meanActual())
                .average()
                .orElse(Double.NaN);
    }

    private static double mae(double[] predicted, double[] actual) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += Math.abs(predicted[i] - actual[i]);
        }
        return sum / actual.length;
    }

    private static double rmse(double[] predicted, double[] actual) {
        return Math.sqrt(squaredError(predicted, actual) / actual.length);
    }

    private static double r2(double[] predicted, double[] actual) {
        double mean = Arrays.stream(actual).average().orElseThrow();
        double total = Arrays.stream(actual).map(value -> (value - mean) * (value - mean)).sum();
        return total == 0 ? Double.NaN : 1 - squaredError(predicted, actual) / total;
    }

    private static double squaredError(double[] predicted, double[] actual) {
        double sum = 0;
        for (int i = 0; i < actual.length; i++) {
            sum += (predicted[i] - actual[i]) * (predicted[i] - actual[i]);
        }
        return sum;
    }
}
