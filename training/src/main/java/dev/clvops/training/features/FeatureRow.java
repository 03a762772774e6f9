package dev.clvops.training.features;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One customer's row of a snapshot, the columns of {@code customer_features} in table order. Durations are in
 * days, money in the orders' currency. Targets are null for a snapshot without horizon.
 */
record FeatureRow(String customerId, int frequency, double recencyDays, double tDays, double monetaryValue,
                  double totalSpend, double netSpend, int orderCount, double avgOrderValue, double daysSinceLast,
                  double tenureDays, @Nullable Double iptMeanDays, @Nullable Double iptStdDays,
                  int orders30d, int orders90d, int orders180d, double spend30d, double spend90d, double spend180d,
                  int distinctCategories, double returnRate, double firstOrderValue, LocalDate firstOrderDate,
                  @Nullable String channel, @Nullable String acquisitionSource, @Nullable String country,
                  @Nullable Double futureValue, @Nullable Integer futureOrders) {

    /** The column names, in the order of the record components and of the table. */
    static final String COLUMNS = "customer_id, frequency, recency_days, t_days, monetary_value, total_spend, "
            + "net_spend, order_count, avg_order_value, days_since_last, tenure_days, ipt_mean_days, ipt_std_days, "
            + "orders_30d, orders_90d, orders_180d, spend_30d, spend_90d, spend_180d, distinct_categories, "
            + "return_rate, first_order_value, first_order_date, channel, acquisition_source, country, "
            + "future_value, future_orders";
}
