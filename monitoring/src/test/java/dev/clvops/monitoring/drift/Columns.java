package dev.clvops.monitoring.drift;

import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Seeded test columns. */
final class Columns {

    private Columns() {
    }

    static double[] normal(int size, double mean, long seed) {
        var random = new SplittableRandom(seed);
        return IntStream.range(0, size).mapToDouble(i -> mean + gaussian(random)).toArray();
    }

    static String[] repeat(Object... categoryAndCount) {
        var column = new ArrayList<String>();
        for (int i = 0; i < categoryAndCount.length; i += 2) {
            for (int k = 0; k < (Integer) categoryAndCount[i + 1]; k++) {
                column.add((String) categoryAndCount[i]);
            }
        }
        return column.toArray(String[]::new);
    }

    /** Box-Muller, so the tests do not depend on a JDK's nextGaussian algorithm. */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
