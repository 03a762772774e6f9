package dev.clvops.platform.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Acquisition-month cohorts (month of the first order) from the orders up to the snapshot cutoff.
 *
 * @param cohorts                   oldest first
 * @param forecastMonths            months of the predicted revenue per cohort
 * @param forecastUnavailableReason why {@code predictedRevenue} is null, null when there is a forecast
 */
public record CohortReport(List<Cohort> cohorts, int forecastMonths, @Nullable String forecastUnavailableReason) {

    public CohortReport {
        cohorts = List.copyOf(cohorts);
    }

    /**
     * One cohort; list index k is the k-th month after acquisition (0 = acquisition month).
     *
     * @param month                         acquisition month, yyyy-MM
     * @param customers                     customers acquired
     * @param retention                     share of the cohort with an order in month k
     * @param revenue                       order value in month k
     * @param cumulativeRevenuePerCustomer  revenue of months 0..k per acquired customer
     * @param predictedRevenue              predicted revenue of the next {@code forecastMonths}, null without one
     */
    public record Cohort(String month, long customers, List<Double> retention, List<Double> revenue,
                         List<Double> cumulativeRevenuePerCustomer, @Nullable Double predictedRevenue) {

        public Cohort {
            retention = List.copyOf(retention);
            revenue = List.copyOf(revenue);
            cumulativeRevenuePerCustomer = List.copyOf(cumulativeRevenuePerCustomer);
        }
    }
}
