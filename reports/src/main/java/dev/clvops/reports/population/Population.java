package dev.clvops.reports.population;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Customers of one feature snapshot, as parallel columns indexed 0..size-1. {@code predictions} is null when no
 * completed scoring run exists; columns are never copied, so callers must not modify them.
 *
 * @param ids               customer ids
 * @param daysSinceLast     days from the last order to the cutoff (R)
 * @param orderCount        number of orders (F)
 * @param totalSpend        gross spend (M)
 * @param avgOrderValue     average order value
 * @param tenureDays        days from the first order to the cutoff
 * @param repeatSpanDays    days between first and last order (BTYD recency)
 * @param iptMeanDays       mean inter-purchase time, NaN for one-time buyers
 * @param iptStdDays        standard deviation of inter-purchase time, NaN when undefined
 * @param firstOrderDays    first order date as epoch day
 * @param channel           acquisition channel, null entries when unknown
 * @param asOf              the snapshot cutoff
 * @param predictions       the champion's predictions aligned with {@code ids}, or null
 */
public record Population(String[] ids, double[] daysSinceLast, double[] orderCount, double[] totalSpend,
                         double[] avgOrderValue, double[] tenureDays, double[] repeatSpanDays, double[] iptMeanDays,
                         double[] iptStdDays, long[] firstOrderDays, @Nullable String[] channel, LocalDate asOf,
                         @Nullable Predictions predictions) {

    public Population {
        int n = ids.length;
        for (int len : new int[] {daysSinceLast.length, orderCount.length, totalSpend.length, avgOrderValue.length,
                tenureDays.length, repeatSpanDays.length, iptMeanDays.length, iptStdDays.length,
                firstOrderDays.length, channel.length}) {
            if (len != n) {
                throw new IllegalArgumentException("column of length " + len + " for " + n + " customers");
            }
        }
        if (predictions != null && predictions.clv().length != n) {
            throw new IllegalArgumentException("predictions for " + predictions.clv().length + " of " + n);
        }
    }

    public int size() {
        return ids.length;
    }

    public boolean hasPredictions() {
        return predictions != null;
    }

    /** The predictions; call only when {@link #hasPredictions()}. */
    public Predictions requirePredictions() {
        if (predictions == null) {
            throw new IllegalStateException("population of " + asOf + " has no predictions");
        }
        return predictions;
    }

    /** A population of {@code n} empty columns, filled in by the loader. */
    public static Population allocate(int n, LocalDate asOf, @Nullable Predictions predictions) {
        return new Population(new String[n], new double[n], new double[n], new double[n], new double[n],
                new double[n], new double[n], new double[n], new double[n], new long[n], new String[n], asOf,
                predictions);
    }
}
