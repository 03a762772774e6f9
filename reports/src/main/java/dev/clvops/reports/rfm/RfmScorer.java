package dev.clvops.reports.rfm;

import dev.clvops.reports.population.Population;
import java.util.Arrays;

/** RFM quintile scores with ties sharing the lower quintile (see the package documentation). */
public final class RfmScorer {

    public RfmScores score(Population p) {
        byte[] r = quintiles(p.daysSinceLast(), false);
        byte[] f = quintiles(p.orderCount(), true);
        byte[] m = quintiles(p.totalSpend(), true);
        Segment[] segments = new Segment[p.size()];
        for (int i = 0; i < segments.length; i++) {
            segments[i] = Segment.of(r[i], f[i]);
        }
        return new RfmScores(r, f, m, segments);
    }

    /**
     * Score {@code 1 + floor(5 * worse / n)} for each value; {@code higherIsBetter} says which direction is worse.
     * Sorting once and walking tie groups keeps it O(n log n).
     */
    static byte[] quintiles(double[] values, boolean higherIsBetter) {
        int n = values.length;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = key(values[i], higherIsBetter);
        }
        Arrays.sort(sorted);
        byte[] scores = new byte[n];
        for (int i = 0; i < n; i++) {
            double key = key(values[i], higherIsBetter);
            int worse = lowerBound(sorted, key);
            scores[i] = (byte) (1 + (int) (5L * worse / n));
        }
        return scores;
    }

    private static double key(double value, boolean higherIsBetter) {
        return (higherIsBetter ? value : -value) + 0.0; // + 0.0 turns -0.0 into 0.0 so ties sort together
    }

    private static int lowerBound(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
