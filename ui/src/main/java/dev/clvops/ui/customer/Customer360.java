package dev.clvops.ui.customer;

import dev.clvops.platform.analytics.CustomerAnalytics;
import dev.clvops.platform.customer.CustomerOrder;
import dev.clvops.platform.customer.ScoredCustomer;
import dev.clvops.platform.customer.SegmentStep;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the tab shows of one customer.
 *
 * @param customerId the customer
 * @param analytics  the latest analytics run's view, null when the run does not know the customer
 * @param prediction the latest scoring run's prediction, null when never scored
 * @param history    segment path over the analytics runs, oldest first
 * @param orderCount all the customer's orders
 * @param orders     the latest orders, newest first
 */
record Customer360(String customerId, @Nullable CustomerAnalytics analytics, @Nullable ScoredCustomer prediction,
                   List<SegmentStep> history, long orderCount, List<CustomerOrder> orders) {

    Customer360 {
        history = List.copyOf(history);
        orders = List.copyOf(orders);
    }

    /** "1,234.50 (P10 800.00 – P90 2,000.00)", or the bare value without an interval; "No model yet" unscored. */
    String clvWithInterval() {
        if (prediction == null) {
            return "No model yet";
        }
        String clv = String.format(Locale.ROOT, "%,.2f", prediction.clv());
        if (prediction.clvP10() == null || prediction.clvP90() == null) {
            return clv;
        }
        return String.format(Locale.ROOT, "%s (P10 %,.2f – P90 %,.2f)", clv, prediction.clvP10(),
                prediction.clvP90());
    }

    /** "Showing the latest 1,000 of 1,234 orders" when some are left out, else "1,234 orders". */
    String ordersCaption() {
        return orders.size() < orderCount
                ? String.format(Locale.ROOT, "Showing the latest %,d of %,d orders", orders.size(), orderCount)
                : String.format(Locale.ROOT, "%,d orders", orderCount);
    }
}
