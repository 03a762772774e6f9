package dev.clvops.training.probabilistic;

import java.util.function.DoubleUnaryOperator;

/**
 * Discounts expected purchases step by step, as lifetimes' {@code customer_lifetime_value}:
 * {@code Σ_k (E[X(t_k)] − E[X(t_{k−1})]) / (1 + d)^k} with {@code t_k = min(k · step, horizon)} and the per-step
 * rate {@code d = (1 + annual)^(step / 365) − 1}.
 *
 * @param stepDays the length of one discounting period in days (30: monthly, 7: weekly)
 */
public record DiscountSchedule(int stepDays) {

    public static final DiscountSchedule MONTHLY = new DiscountSchedule(30);

    public DiscountSchedule {
        if (stepDays < 1) {
            throw new IllegalArgumentException("discount step must be at least one day: " + stepDays);
        }
    }

    /**
     * Discounted expected purchases over the horizon.
     *
     * @param cumulativePurchases expected purchases from the cutoff to a number of days after it
     */
    public double discountedPurchases(DoubleUnaryOperator cumulativePurchases, int horizonDays, double annualRate) {
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizon must not be negative: " + horizonDays);
        }
        double stepRate = Math.pow(1 + annualRate, stepDays / 365.0) - 1;
        int steps = (horizonDays + stepDays - 1) / stepDays;
        double total = 0;
        double previous = 0;
        for (int k = 1; k <= steps; k++) {
            double current = cumulativePurchases.applyAsDouble(Math.min((double) k * stepDays, horizonDays));
            total += (current - previous) / Math.pow(1 + stepRate, k);
            previous = current;
        }
        return total;
    }
}
