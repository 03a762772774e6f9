package dev.clvops.reports.personas;

/** Thresholds of the persona rules (see the package documentation). */
public record PersonaRules(double highSpendQuantile, double lowAovQuantile, double lapsedDays, int loyalMinOrders,
                           double seasonalMinGapDays, double seasonalMaxGapDays, double seasonalMaxCv) {

    public PersonaRules {
        if (highSpendQuantile <= 0 || highSpendQuantile >= 1 || lowAovQuantile <= 0 || lowAovQuantile >= 1) {
            throw new IllegalArgumentException("quantiles must be in (0, 1)");
        }
    }

    public static PersonaRules defaults() {
        return new PersonaRules(0.8, 0.25, 180, 3, 150, 400, 0.35);
    }
}
