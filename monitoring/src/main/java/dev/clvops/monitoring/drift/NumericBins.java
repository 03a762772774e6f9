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
     * Equal-frequency edges of the (sorted) reference: each edge is the type-1 empirical quantile that leaves a
     * 1 / (bins left) share of the values not yet binned below it, all ties included. A point mass (e.g. the zeros of
     * spend_30d, where most customers bought nothing lately) so fills one bin and the remaining bins still cut the
     * rest of the column at its quantiles; plain deciles would merge into one edge there and leave the non-zero part
     * one or two bins, which hides any shift within it. Without ties these are the deciles (up to rounding). A column
     * with at most {@code bins} distinct values gets one bin per value: its edges are every distinct value but the
     * largest.
     */
    static double[] edges(double[] sorted, int bins) {
        double max = sorted[sorted.length - 1];
        double[] distinct = distinct(sorted, bins + 1);
        if (distinct.length <= bins) {
            return Arrays.copyOf(distinct, distinct.length - 1);
        }
        double[] edges = new double[bins - 1];
        int found = 0;
        int start = 0;
        for (int left = bins; left > 1; left--) {
            int rank = start + (int) Math.ceil((double) (sorted.length - start) / left);
            double edge = sorted[rank - 1];
            if (edge >= max) {
                break;
            }
            edges[found++] = edge;
            start = after(sorted, edge);
        }
        return Arrays.copyOf(edges, found);
    }

    /** Index after the last element {@code <= value} of a sorted array (upper bound, binary search). */
    private static int after(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] <= value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
