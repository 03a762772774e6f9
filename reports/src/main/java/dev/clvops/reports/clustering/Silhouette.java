package dev.clvops.reports.clustering;

/**
 * Mean silhouette (Rousseeuw 1987): s(i) = (b - a) / max(a, b) with a the mean distance to the own cluster and b
 * the smallest mean distance to another cluster; members of singleton clusters score 0. O(n^2) distances.
 */
final class Silhouette {

    private Silhouette() {
    }

    static double mean(double[][] points, int[] labels, int k) {
        int n = points.length;
        long[] sizes = new long[k];
        for (int label : labels) {
            sizes[label]++;
        }
        double total = 0;
        double[] sums = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sums[labels[j]] += Math.sqrt(Points.squaredDistance(points[i], points[j]));
                }
            }
            total += score(sums, sizes, labels[i]);
        }
        return n == 0 ? 0 : total / n;
    }

    private static double score(double[] sums, long[] sizes, int own) {
        if (sizes[own] <= 1) {
            return 0;
        }
        double a = sums[own] / (sizes[own] - 1);
        double b = Double.POSITIVE_INFINITY;
        for (int c = 0; c < sums.length; c++) {
            if (c != own && sizes[c] > 0) {
                b = Math.min(b, sums[c] / sizes[c]);
            }
        }
        if (Double.isInfinite(b)) {
            return 0;
        }
        double max = Math.max(a, b);
        return max == 0 ? 0 : (b - a) / max;
    }
}
