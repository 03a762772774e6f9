package dev.clvops.reports.clustering;

import java.util.Arrays;

/**
 * DBSCAN's eps from the sorted k-distance curve (Ester et al. 1996): each point's distance to its k-th nearest
 * neighbour, sorted ascending; the knee is the point farthest from the chord joining the curve's ends after both
 * axes are scaled to [0, 1] (the Kneedle idea, Satopaa et al. 2011).
 */
final class KDistanceKnee {

    private KDistanceKnee() {
    }

    static double[] sortedKDistances(double[][] points, int k) {
        int n = points.length;
        double[] result = new double[n];
        double[] distances = new double[n - 1];
        for (int i = 0; i < n; i++) {
            int m = 0;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    distances[m++] = Points.squaredDistance(points[i], points[j]);
                }
            }
            Arrays.sort(distances);
            result[i] = Math.sqrt(distances[Math.min(k, n - 1) - 1]);
        }
        Arrays.sort(result);
        return result;
    }

    /** The curve value at the knee. */
    static double knee(double[] sortedCurve) {
        int n = sortedCurve.length;
        double first = sortedCurve[0];
        double range = sortedCurve[n - 1] - first;
        if (n < 3 || range <= 0) {
            return sortedCurve[n - 1];
        }
        int best = 0;
        double bestGap = -1;
        for (int i = 0; i < n; i++) {
            double x = (double) i / (n - 1);
            double y = (sortedCurve[i] - first) / range;
            double gap = x - y; // distance below the chord y = x (up to a constant factor) of a convex curve
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return sortedCurve[best];
    }
}
