package dev.clvops.reports.clustering;

import java.util.Random;

/** Distance, centroid and sampling helpers on row-major points. */
final class Points {

    private Points() {
    }

    static double squaredDistance(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            s += d * d;
        }
        return s;
    }

    static int nearest(double[] point, double[][] centroids) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double d = squaredDistance(point, centroids[c]);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    /** Means of the points per label 0..k-1 (labels below 0 are ignored). */
    static double[][] centroids(double[][] points, int[] labels, int k) {
        int d = points[0].length;
        double[][] sums = new double[k][d];
        long[] counts = new long[k];
        for (int i = 0; i < points.length; i++) {
            if (labels[i] >= 0) {
                counts[labels[i]]++;
                for (int j = 0; j < d; j++) {
                    sums[labels[i]][j] += points[i][j];
                }
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                sums[c][j] /= Math.max(1, counts[c]);
            }
        }
        return sums;
    }

    /** {@code size} distinct indices of 0..n-1 in random order (partial Fisher-Yates, seeded). */
    static int[] sample(int n, int size, long seed) {
        int m = Math.min(n, size);
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        Random random = new Random(seed);
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, m);
    }

    static double[][] rows(double[][] points, int[] indices, int count) {
        double[][] rows = new double[Math.min(count, indices.length)][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = points[indices[i]];
        }
        return rows;
    }
}
