package dev.clvops.platform.model;

/**
 * How CLV is valued.
 *
 * @param annualDiscountRate yearly discount rate, e.g. 0.10
 * @param grossMargin share of revenue that is profit (1.0 = revenue CLV)
 */
public record ClvSettings(double annualDiscountRate, double grossMargin) {

    /** No discounting, revenue CLV. */
    public static final ClvSettings UNDISCOUNTED_REVENUE = new ClvSettings(0.0, 1.0);

    public ClvSettings {
        if (annualDiscountRate < 0 || annualDiscountRate > 1) {
            throw new IllegalArgumentException("annual discount rate must be 0..1: " + annualDiscountRate);
        }
        if (grossMargin <= 0 || grossMargin > 1) {
            throw new IllegalArgumentException("gross margin must be in (0, 1]: " + grossMargin);
        }
    }
}
