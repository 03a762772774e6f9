package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.CustomerRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * The distinct (x, t_x, T) triples of a training set with their counts: BTYD likelihoods depend on nothing else,
 * so fitting on the groups instead of every customer keeps a 1M-customer fit fast. The distinct time values are
 * indexed too ({@code times}, {@code recencyIndex}, {@code ageIndex}) so a likelihood can take ln(α + t) once per
 * value rather than once per group.
 */
record RfmGroups(int[] frequency, double[] recency, double[] age, double[] weight, int customers, double[] times,
                 int[] recencyIndex, int[] ageIndex) {

    private record Key(int frequency, double recency, double age) {
    }

    static RfmGroups of(List<CustomerRow> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("cannot fit a BTYD model on an empty training set");
        }
        Map<Key, int[]> counts = new HashMap<>();
        for (CustomerRow row : rows) {
            check(row);
            counts.computeIfAbsent(new Key(row.frequency(), row.recency(), row.t()), k -> new int[1])[0]++;
        }
        int n = counts.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        double[] w = new double[n];
        int i = 0;
        for (Map.Entry<Key, int[]> e : counts.entrySet()) {
            x[i] = e.getKey().frequency();
            tx[i] = e.getKey().recency();
            t[i] = e.getKey().age();
            w[i++] = e.getValue()[0];
        }
        Map<Double, Integer> timeIndex = new HashMap<>();
        int[] recencyIndex = index(tx, timeIndex);
        int[] ageIndex = index(t, timeIndex);
        double[] times = new double[timeIndex.size()];
        timeIndex.forEach((time, k) -> times[k] = time);
        return new RfmGroups(x, tx, t, w, rows.size(), times, recencyIndex, ageIndex);
    }

    private static int[] index(double[] values, Map<Double, Integer> timeIndex) {
        int[] index = new int[values.length];
        for (int j = 0; j < values.length; j++) {
            index[j] = timeIndex.computeIfAbsent(values[j], v -> timeIndex.size());
        }
        return index;
    }

    int size() {
        return frequency.length;
    }

    double meanFrequency() {
        return weightedMean(frequency.length, j -> frequency[j]);
    }

    double meanAge() {
        return weightedMean(age.length, j -> age[j]);
    }

    private double weightedMean(int n, IntToDoubleFunction value) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += weight[j] * value.applyAsDouble(j);
        }
        return sum / customers;
    }

    private static void check(CustomerRow row) {
        if (row.frequency() < 0 || !(row.recency() >= 0) || !(row.t() >= row.recency())) {
            throw new IllegalArgumentException("customer %s needs frequency >= 0 and 0 <= recency <= T: x=%d t_x=%s T=%s"
                    .formatted(row.customerId(), row.frequency(), row.recency(), row.t()));
        }
        if (row.frequency() == 0 && row.recency() != 0) {
            throw new IllegalArgumentException("customer %s has no repeat purchase but recency %s"
                    .formatted(row.customerId(), row.recency()));
        }
    }
}
