package dev.clvops.monitoring.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Bins given by sorted, distinct upper edges e0 < e1 < ... : bin 0 is (-inf, e0], bin i is (e(i-1), ei], the
 * last bin is (e_last, +inf). A value finds its bin by binary search, O(log bins).
 */
final class NumericBins {

    private NumericBins() {
    }

    /**
     * Quantile edges of the (sorted) reference: the type-1 empirical quantiles at k / bins, k = 1..bins-1, without
     * duplicates. A column with at most {@code bins} distinct values gets one bin per value: its edges are every
     * distinct value but the largest. Edges equal to the maximum are dropped, as they would leave an empty last bin.
     */
    static double[] edges(double[] sorted, int bins) {
        double max = sorted[sorted.length - 1];
        double[] distinct = distinct(sorted, bins + 1);
        if (distinct.length <= bins) {
            return Arrays.copyOf(distinct, distinct.length - 1);
        }
        double[] quantiles = new double[bins - 1];
        for (int k = 1; k < bins; k++) {
            int rank = (int) Math.ceil((double) k * sorted.length / bins);
            quantiles[k - 1] = sorted[Math.max(rank - 1, 0)];
        }
        return Arrays.stream(quantiles).distinct().filter(edge -> edge < max).toArray();
    }

    static int bin(double[] edges, double value) {
        int index = Arrays.binarySearch(edges, value);
        return index >= 0 ? index : -index - 1;
    }

    /** Counts per bin; every value must be finite. */
    static long[] counts(String feature, double[] edges, double[] values) {
        long[] counts = new long[edges.length + 1];
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException(
                        "feature " + feature + ": value at row " + i + " is not finite: " + value);
            }
            counts[bin(edges, value)]++;
        }
        return counts;
    }

    static List<String> labels(List<Double> edges) {
        if (edges.isEmpty()) {
            return List.of("all");
        }
        var labels = new ArrayList<String>(edges.size() + 1);
        labels.add("<= " + edges.getFirst());
        for (int i = 1; i < edges.size(); i++) {
            labels.add("(" + edges.get(i - 1) + ", " + edges.get(i) + "]");
        }
        labels.add("> " + edges.getLast());
        return List.copyOf(labels);
    }

    /** The distinct values of a sorted array, stopping once {@code limit} of them are found. */
    private static double[] distinct(double[] sorted, int limit) {
        double[] found = new double[limit];
        int size = 0;
        for (int i = 0; i < sorted.length && size < limit; i++) {
            if (size == 0 || sorted[i] != found[size - 1]) {
                found[size++] = sorted[i];
            }
        }
        return Arrays.copyOf(found, size);
    }
}
