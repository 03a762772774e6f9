package dev.clvops.reports.playbook;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Tier by position in descending CLV; index order breaks ties (the population is sorted by customer id). */
public final class ValueTiers {

    private ValueTiers() {
    }

    public static Tier[] assign(double[] clv, double platinumShare, double goldShare, double silverShare) {
        int n = clv.length;
        Integer[] order = descending(clv);
        Tier[] tiers = new Tier[n];
        for (int rank = 0; rank < n; rank++) {
            double position = (double) rank / n;
            Tier tier = position < platinumShare ? Tier.PLATINUM
                    : position < platinumShare + goldShare ? Tier.GOLD
                    : position < platinumShare + goldShare + silverShare ? Tier.SILVER : Tier.BRONZE;
            tiers[order[rank]] = tier;
        }
        return tiers;
    }

    /** Indices by falling value, ties by index. */
    public static Integer[] descending(double[] values) {
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i));
        return order;
    }
}
