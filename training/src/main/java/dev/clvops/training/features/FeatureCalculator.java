package dev.clvops.training.features;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.hipparchus.stat.descriptive.moment.Mean;
import org.hipparchus.stat.descriptive.moment.StandardDeviation;
import org.jspecify.annotations.Nullable;

/**
 * Computes one customer's feature row at a cutoff: features from orders on or before the cutoff only, targets
 * from orders in (cutoff, cutoff + horizon] only. Pure and thread-safe.
 *
 * <p>Recent-activity windows of w days cover the w days ending with the cutoff: (cutoff - w, cutoff].
 */
final class FeatureCalculator {

    private static final int[] WINDOWS = {30, 90, 180};

    private final int cutoff;
    private final int horizonDays;

    FeatureCalculator(LocalDate cutoff, int horizonDays) {
        this.cutoff = Math.toIntExact(cutoff.toEpochDay());
        this.horizonDays = horizonDays;
    }

    /** The row, or empty when the customer's first order is after the cutoff. */
    Optional<FeatureRow> calculate(CustomerHistory history) {
        int[] days = history.orderDays();
        int n = endOf(days, cutoff);
        if (n == 0) {
            return Optional.empty();
        }
        DailyTotals daily = DailyTotals.of(days, history.orderCents(), 0, n);
        long totalCents = sum(history.orderCents(), 0, n);
        long returnedCents = returned(history, Integer.MIN_VALUE, cutoff);
        int[] orders = new int[WINDOWS.length];
        double[] spend = new double[WINDOWS.length];
        for (int w = 0; w < WINDOWS.length; w++) {
            int from = endOf(days, cutoff - WINDOWS[w]);
            orders[w] = n - from;
            spend[w] = money(sum(history.orderCents(), from, n));
        }
        return Optional.of(row(history, daily, n, totalCents, returnedCents, orders, spend));
    }

    private FeatureRow row(CustomerHistory h, DailyTotals daily, int n, long totalCents, long returnedCents,
                           int[] orders, double[] spend) {
        int frequency = daily.count() - 1;
        // one correctly rounded division of exact cents, so e.g. 622.55 / 10 stays the double nearest 62.255
        double monetary = frequency == 0 ? 0 : daily.repeatCents() / (100.0 * frequency);
        double[] gaps = daily.gaps();
        CustomerHistory.Attributes a = h.attributes();
        return new FeatureRow(h.customerId(), frequency, daily.lastDay() - daily.firstDay(),
                cutoff - daily.firstDay(), monetary, money(totalCents), money(totalCents - returnedCents), n,
                totalCents / (100.0 * n), cutoff - daily.lastDay(), cutoff - daily.firstDay(),
                gaps.length >= 1 ? new Mean().evaluate(gaps) : null,
                gaps.length >= 2 ? new StandardDeviation().evaluate(gaps) : null,
                orders[0], orders[1], orders[2], spend[0], spend[1], spend[2], distinctCategories(h, n),
                totalCents > 0 ? (double) returnedCents / totalCents : 0, money(daily.firstCents()),
                LocalDate.ofEpochDay(daily.firstDay()), a.channel(), a.acquisitionSource(), a.country(),
                futureValue(h, n), futureOrders(h, n));
    }

    private @Nullable Double futureValue(CustomerHistory h, int calibrationEnd) {
        if (horizonDays == 0) {
            return null;
        }
        int end = endOf(h.orderDays(), cutoff + horizonDays);
        return money(sum(h.orderCents(), calibrationEnd, end) - returned(h, cutoff, cutoff + horizonDays));
    }

    private @Nullable Integer futureOrders(CustomerHistory h, int calibrationEnd) {
        if (horizonDays == 0) {
            return null;
        }
        int end = endOf(h.orderDays(), cutoff + horizonDays);
        return DailyTotals.of(h.orderDays(), h.orderCents(), calibrationEnd, end).count();
    }

    /** Value returned on days in (after, upTo]. */
    private static long returned(CustomerHistory h, int after, int upTo) {
        long cents = 0;
        for (int i = 0; i < h.returnDays().length; i++) {
            if (h.returnDays()[i] > after && h.returnDays()[i] <= upTo) {
                cents += h.returnCents()[i];
            }
        }
        return cents;
    }

    private static int distinctCategories(CustomerHistory h, int n) {
        return (int) Arrays.stream(h.orderCategories(), 0, n).filter(c -> c >= 0).distinct().count();
    }

    /** Index after the last element {@code <= day} of an ascending array. */
    private static int endOf(int[] days, int day) {
        int i = Arrays.binarySearch(days, day);
        if (i < 0) {
            return -i - 1;
        }
        while (i < days.length && days[i] == day) {
            i++;
        }
        return i;
    }

    private static long sum(long[] cents, int from, int to) {
        return Arrays.stream(cents, from, to).sum();
    }

    private static double money(long cents) {
        return cents / 100.0;
    }
}
