package dev.clvops.platform.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Business KPIs from the orders of a date range (both ends inclusive; null = open).
 *
 * @param from              first order date included, null for no lower bound
 * @param to                last order date included, null for no upper bound
 * @param customers         customers with an order in the range
 * @param revenue           order value
 * @param orders            orders
 * @param averageOrderValue revenue / orders
 * @param repeatRate        share of customers with two or more orders in the range
 * @param averageTenureDays mean days from first order to the snapshot cutoff
 * @param ordersPerCustomer orders / customers
 * @param revenueByChannel  revenue per order channel ("unknown" when missing)
 * @param revenueByCategory revenue per order category ("unknown" when missing)
 * @param monthlyRevenue    revenue per month, oldest first
 * @param topDecile         the top 10% of customers by predicted CLV, null without predictions
 */
public record KpiReport(@Nullable LocalDate from, @Nullable LocalDate to, long customers, double revenue, long orders,
                        double averageOrderValue, double repeatRate, double averageTenureDays,
                        double ordersPerCustomer, Map<String, Double> revenueByChannel,
                        Map<String, Double> revenueByCategory, List<MonthRevenue> monthlyRevenue,
                        @Nullable TopCustomers topDecile) {

    public KpiReport {
        revenueByChannel = Map.copyOf(revenueByChannel);
        revenueByCategory = Map.copyOf(revenueByCategory);
        monthlyRevenue = List.copyOf(monthlyRevenue);
    }

    /** Revenue and orders of one month (yyyy-MM). */
    public record MonthRevenue(String month, double revenue, long orders) {
    }

    /** Size, predicted CLV and share of predicted CLV and of range revenue of the top decile. */
    public record TopCustomers(long customers, double predictedClv, double predictedShare, double revenue,
                               double revenueShare) {
    }
}
