package dev.clvops.reports.clustering;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Ward's agglomerative clustering by the nearest-neighbour chain (Murtagh 1983) with Lance-Williams updates on
 * squared Euclidean distances: d(k, i+j) = ((n_i+n_k) d(k,i) + (n_j+n_k) d(k,j) - n_k d(i,j)) / (n_i+n_j+n_k).
 * Ward is reducible, so merging reciprocal nearest neighbours yields the same dendrogram as the greedy algorithm
 * in O(n^2) time and memory instead of O(n^3). Hipparchus has no hierarchical clustering, hence this class.
 */
final class WardLinkage {

    private WardLinkage() {
    }

    /** A merge of clusters {@code a} and {@code b} (representative indices) at {@code height}. */
    record Merge(int a, int b, double height) {
    }

    static Merge[] merges(double[][] points) {
        int n = points.length;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                d[i][j] = d[j][i] = Points.squaredDistance(points[i], points[j]);
            }
        }
        int[] size = new int[n];
        Arrays.fill(size, 1);
        boolean[] active = new boolean[n];
        Arrays.fill(active, true);
        int[] chain = new int[n];
        int top = 0;
        Merge[] merges = new Merge[n - 1];
        for (int m = 0; m < n - 1; m++) {
            if (top == 0) {
                chain[top++] = firstActive(active);
            }
            while (true) {
                int a = chain[top - 1];
                int b = nearestActive(d[a], active, a, top > 1 ? chain[top - 2] : -1);
                if (top > 1 && b == chain[top - 2]) {
                    top -= 2;
                    merges[m] = new Merge(a, b, d[a][b]);
                    merge(d, size, active, a, b);
                    break;
                }
                chain[top++] = b;
            }
        }
        return merges;
    }

    /** Cluster labels 0..k-1 after applying the n-k lowest merges. */
    static int[] cut(Merge[] merges, int n, int k) {
        Merge[] sorted = merges.clone();
        Arrays.sort(sorted, Comparator.comparingDouble(Merge::height));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int m = 0; m < n - k; m++) {
            parent[root(parent, sorted[m].a())] = root(parent, sorted[m].b());
        }
        int[] labels = new int[n];
        int[] ids = new int[n];
        Arrays.fill(ids, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int r = root(parent, i);
            if (ids[r] < 0) {
                ids[r] = next++;
            }
            labels[i] = ids[r];
        }
        return labels;
    }

    private static void merge(double[][] d, int[] size, boolean[] active, int a, int b) {
        double dab = d[a][b];
        for (int k = 0; k < d.length; k++) {
            if (active[k] && k != a && k != b) {
                double v = ((size[a] + size[k]) * d[a][k] + (size[b] + size[k]) * d[b][k] - size[k] * dab)
                        / (size[a] + size[b] + size[k]);
                d[a][k] = d[k][a] = v;
            }
        }
        size[a] += size[b];
        active[b] = false; // a represents the merged cluster from now on
    }

    /** Nearest active cluster; prefers {@code previous} on ties so the chain terminates. */
    private static int nearestActive(double[] row, boolean[] active, int self, int previous) {
        int best = previous;
        double bestDistance = previous >= 0 ? row[previous] : Double.POSITIVE_INFINITY;
        for (int k = 0; k < row.length; k++) {
            if (active[k] && k != self && row[k] < bestDistance) {
                bestDistance = row[k];
                best = k;
            }
        }
        return best;
    }

    private static int firstActive(boolean[] active) {
        for (int i = 0; i < active.length; i++) {
            if (active[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no active cluster left");
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
