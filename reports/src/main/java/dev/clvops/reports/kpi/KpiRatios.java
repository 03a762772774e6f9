package dev.clvops.reports.kpi;

/** Ratios of the KPI sums; 0 when the denominator is 0 (an empty range). */
final class KpiRatios {

    private KpiRatios() {
    }

    static double ratio(double numerator, double denominator) {
        return denominator == 0 ? 0 : numerator / denominator;
    }
}
