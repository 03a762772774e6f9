package dev.clvops.reports.nextpurchase;

import dev.clvops.reports.population.Population;
import dev.clvops.reports.population.Predictions;

/** Exponential-gap next purchase dates (approximation documented in the package). */
public final class NextPurchaseEstimator {

    private static final double LOW_QUANTILE = -Math.log(0.9);
    private static final double HIGH_QUANTILE = -Math.log(0.1);

    /** Ten years: a longer expected gap means the customer is not expected to buy again; no date is given. */
    static final double MAX_GAP_DAYS = 3652;

    private final double overdueAliveThreshold;

    public NextPurchaseEstimator(double overdueAliveThreshold) {
        this.overdueAliveThreshold = overdueAliveThreshold;
    }

    public NextPurchases estimate(Population p) {
        int n = p.size();
        NextPurchases result = new NextPurchases(new long[n], new long[n], new long[n], new boolean[n]);
        long asOf = p.asOf().toEpochDay();
        for (int i = 0; i < n; i++) {
            double rate = ratePerDay(p, i);
            if (!(rate > 0) || Double.isInfinite(rate) || 1 / rate > MAX_GAP_DAYS) {
                result.expected()[i] = result.low()[i] = result.high()[i] = NextPurchases.NONE;
                continue;
            }
            double last = asOf - p.daysSinceLast()[i];
            result.expected()[i] = Math.round(last + 1 / rate);
            result.low()[i] = Math.round(last + LOW_QUANTILE / rate);
            result.high()[i] = Math.round(last + HIGH_QUANTILE / rate);
            result.overdue()[i] = overdue(p, i, result, asOf);
        }
        return result;
    }

    private boolean overdue(Population p, int i, NextPurchases r, long asOf) {
        double alive = p.hasPredictions() ? p.requirePredictions().pAlive()[i] : Double.NaN;
        if (Double.isNaN(alive)) {
            return r.high()[i] < asOf;
        }
        return r.expected()[i] < asOf && alive < overdueAliveThreshold;
    }

    static double ratePerDay(Population p, int i) {
        if (p.hasPredictions() && p.requirePredictions().hasTransactionModel(i)) {
            Predictions pr = p.requirePredictions();
            double alive = pr.pAlive()[i];
            return alive > 0 ? pr.expectedPurchases()[i] / (alive * pr.horizonDays()) : 0;
        }
        double repeats = p.orderCount()[i] - 1;
        return repeats > 0 && p.repeatSpanDays()[i] > 0 ? repeats / p.repeatSpanDays()[i] : 0;
    }
}
