package dev.clvops.training.features;

import java.util.Arrays;

/** Orders merged per purchase day (BTYD convention: same-day purchases are one transaction). */
final class DailyTotals {

    private final int[] days;
    private final long[] cents;
    private final int count;

    private DailyTotals(int[] days, long[] cents, int count) {
        this.days = days;
        this.cents = cents;
        this.count = count;
    }

    /** Merges orders {@code [from, to)} of day-sorted arrays. */
    static DailyTotals of(int[] orderDays, long[] orderCents, int from, int to) {
        int[] days = new int[to - from];
        long[] cents = new long[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            if (count == 0 || days[count - 1] != orderDays[i]) {
                days[count++] = orderDays[i];
            }
            cents[count - 1] += orderCents[i];
        }
        return new DailyTotals(days, cents, count);
    }

    int count() {
        return count;
    }

    int firstDay() {
        return days[0];
    }

    int lastDay() {
        return days[count - 1];
    }

    long firstCents() {
        return cents[0];
    }

    /** Sum of the daily totals after the first day (the repeat purchases). */
    long repeatCents() {
        return Arrays.stream(cents, 1, count).sum();
    }

    /** Days between consecutive purchase days. */
    double[] gaps() {
        double[] gaps = new double[Math.max(0, count - 1)];
        for (int i = 1; i < count; i++) {
            gaps[i - 1] = days[i] - days[i - 1];
        }
        return gaps;
    }
}
