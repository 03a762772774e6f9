package dev.clvops.monitoring.drift;

import java.util.SplittableRandom;

/**
 * A systematic sample: every (n / size)-th value from a seeded random start in the first step. It is O(size),
 * spreads evenly over the column and is reproducible; a column of at most {@code size} values is kept whole.
 */
final class SystematicSample {

    private SystematicSample() {
    }

    static double[] of(double[] values, int size, long seed) {
        if (values.length <= size) {
            return values.clone();
        }
        double step = (double) values.length / size;
        double start = new SplittableRandom(seed).nextDouble() * step;
        double[] sample = new double[size];
        for (int i = 0; i < size; i++) {
            sample[i] = values[(int) (start + i * step)];
        }
        return sample;
    }
}
