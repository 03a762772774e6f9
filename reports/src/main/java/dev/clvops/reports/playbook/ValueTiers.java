package dev.clvops.reports.playbook;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Tier by position in descending CLV; index order breaks ties (the population is sorted by customer id). Works on
 * primitive sorts and threshold scans, so a million customers take one sort.
 */
public final class ValueTiers {

    private ValueTiers() {
    }

    public static Tier[] assign(double[] clv, double platinumShare, double goldShare, double silverShare) {
        double[] sorted = clv.clone();
        Arrays.sort(sorted);
        boolean[] platinum = top(clv, sorted, count(platinumShare, clv.length));
        boolean[] gold = top(clv, sorted, count(platinumShare + goldShare, clv.length));
        boolean[] silver = top(clv, sorted, count(platinumShare + goldShare + silverShare, clv.length));
        Tier[] tiers = new Tier[clv.length];
        for (int i = 0; i < clv.length; i++) {
            tiers[i] = platinum[i] ? Tier.PLATINUM : gold[i] ? Tier.GOLD : silver[i] ? Tier.SILVER : Tier.BRONZE;
        }
        return tiers;
    }

    /** Indices of the {@code count} highest values, highest first, ties by index. */
    public static int[] topIndices(double[] values, int count) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        boolean[] in = top(values, sorted, count);
        return IntStream.range(0, values.length).filter(i -> in[i]).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Customers whose rank share is below {@code share}: rank < share * n, i.e. the first ceil(share * n). */
    static int count(double share, int n) {
        return (int) Math.min(n, Math.ceil(share * n - 1e-9)); // the epsilon absorbs 0.05 + 0.15 rounding
    }

    /** Marks the {@code count} highest values; of values equal to the cut-off, the lowest indices get in. */
    static boolean[] top(double[] values, double[] sortedAscending, int count) {
        int n = values.length;
        boolean[] in = new boolean[n];
        if (count <= 0) {
            return in;
        }
        double cut = sortedAscending[n - count];
        int greater = 0;
        for (double v : values) {
            greater += v > cut ? 1 : 0;
        }
        int equalSlots = count - greater;
        for (int i = 0; i < n; i++) {
            if (values[i] > cut || values[i] == cut && equalSlots-- > 0) {
                in[i] = true;
            }
        }
        return in;
    }
}
