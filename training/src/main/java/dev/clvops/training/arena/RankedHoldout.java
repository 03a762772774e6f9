package dev.clvops.training.arena;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A holdout ordered by prediction, highest first, ties broken by customer id so that every ordering (and so every
 * ranking metric) is deterministic. Deciles are 10 equal-count buckets of that order: bucket {@code k} holds
 * positions {@code [k·n/10, (k+1)·n/10)} (integer division), so sizes differ by at most one.
 */
record RankedHoldout(String[] customerIds, double[] predicted, double[] actual) {

    static final int DECILES = 10;

    static RankedHoldout byPrediction(String[] ids, double[] predicted, double[] actual) {
        return ordered(ids, predicted, actual, predicted);
    }

    /** The perfect ordering: by actual value, highest first (ties by customer id). */
    static RankedHoldout byActual(String[] ids, double[] predicted, double[] actual) {
        return ordered(ids, predicted, actual, actual);
    }

    private static RankedHoldout ordered(String[] ids, double[] predicted, double[] actual, double[] key) {
        int[] order = IntStream.range(0, ids.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -key[i]).thenComparing(i -> ids[i]))
                .mapToInt(Integer::intValue).toArray();
        var sortedIds = new String[ids.length];
        var sortedPredicted = new double[ids.length];
        var sortedActual = new double[ids.length];
        for (int i = 0; i < order.length; i++) {
            sortedIds[i] = ids[order[i]];
            sortedPredicted[i] = predicted[order[i]];
            sortedActual[i] = actual[order[i]];
        }
        return new RankedHoldout(sortedIds, sortedPredicted, sortedActual);
    }

    int size() {
        return actual.length;
    }

    /** Calibration per non-empty decile, decile 1 first. */
    List<DecileCalibration> deciles() {
        var deciles = new ArrayList<DecileCalibration>(DECILES);
        for (int k = 0; k < DECILES; k++) {
            int from = bound(k);
            int to = bound(k + 1);
            if (to > from) {
                deciles.add(new DecileCalibration(k + 1, to - from, mean(predicted, from, to), mean(actual, from, to)));
            }
        }
        return deciles;
    }

    /** Sum of actual values of the first (highest predicted) decile. */
    double topDecileActual() {
        double sum = 0;
        for (int i = 0; i < bound(1); i++) {
            sum += actual[i];
        }
        return sum;
    }

    private int bound(int decile) {
        return (int) ((long) decile * size() / DECILES);
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
