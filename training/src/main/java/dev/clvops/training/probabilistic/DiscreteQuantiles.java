package dev.clvops.training.probabilistic;

import java.util.function.IntToDoubleFunction;

/** Quantiles of a distribution on 0, 1, 2, … given by its probability mass function. */
final class DiscreteQuantiles {

    private static final int MAX_COUNT = 10_000_000;

    private DiscreteQuantiles() {
    }

    /** The smallest n with P(N <= n) >= p, for each p (ascending or not), walking the mass function once. */
    static int[] of(IntToDoubleFunction pmf, double... probabilities) {
        double highest = 0;
        for (double p : probabilities) {
            if (!(p > 0 && p < 1)) {
                throw new IllegalArgumentException("quantile probability must be in (0, 1): " + p);
            }
            highest = Math.max(highest, p);
        }
        int[] result = new int[probabilities.length];
        java.util.Arrays.fill(result, -1);
        double cdf = 0;
        for (int n = 0; n < MAX_COUNT; n++) {
            cdf += pmf.applyAsDouble(n);
            for (int i = 0; i < probabilities.length; i++) {
                if (result[i] < 0 && cdf >= probabilities[i] * (1 - 1e-12)) {
                    result[i] = n;
                }
            }
            if (cdf >= highest * (1 - 1e-12)) {
                return result;
            }
        }
        throw new ArithmeticException("distribution did not reach P(N <= n) = " + highest + " by n = " + MAX_COUNT);
    }
}
