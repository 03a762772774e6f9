package dev.clvops.reports.population;

/**
 * The champion's predictions over {@code horizonDays}, aligned with a {@link Population}. Families without a
 * transaction model leave {@code expectedPurchases} and {@code pAlive} as NaN.
 */
public record Predictions(double[] clv, double[] expectedPurchases, double[] pAlive, int horizonDays) {

    public Predictions {
        if (expectedPurchases.length != clv.length || pAlive.length != clv.length) {
            throw new IllegalArgumentException("prediction columns differ in length");
        }
        if (horizonDays <= 0) {
            throw new IllegalArgumentException("horizon must be positive: " + horizonDays);
        }
    }

    public static Predictions allocate(int n, int horizonDays) {
        return new Predictions(new double[n], new double[n], new double[n], horizonDays);
    }

    /** True when the family predicts purchases and survival (a transaction model), false for NaN. */
    public boolean hasTransactionModel(int i) {
        return !Double.isNaN(expectedPurchases[i]) && !Double.isNaN(pAlive[i]);
    }
}
