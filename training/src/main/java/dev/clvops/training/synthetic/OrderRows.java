package dev.clvops.training.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the {@code orders} format for one customer: each purchase, and right after a returned purchase its
 * refund as a separate row with its own order id ({@code R...}) and a negative value.
 */
final class OrderRows {

    static final String HEADER = "user_id,order_id,order_date,order_value,channel,category,acquisition_source,"
            + "campaign,country,currency,age,gender,city";
    static final int COLUMNS = 13;

    private final Timeline timeline;

    OrderRows(Timeline timeline) {
        this.timeline = timeline;
    }

    /** The field arrays of a customer's rows, in purchase order. */
    List<String[]> rows(SimulatedCustomer customer) {
        String customerId = "C" + padded(customer.number(), 8);
        List<String[]> rows = new ArrayList<>(customer.purchases().size() + 2);
        for (Purchase purchase : customer.purchases()) {
            String suffix = padded(customer.number(), 8) + "-" + padded(purchase.sequence(), 3);
            String campaign = purchase.campaign() == null ? "" : purchase.campaign();
            rows.add(row(customerId, "O" + suffix, purchase.day(), purchase.value(), purchase.category(), campaign,
                    customer.attributes()));
            if (purchase.returned()) {
                rows.add(row(customerId, "R" + suffix, purchase.refundDay(), -purchase.refundValue(),
                        purchase.category(), "", customer.attributes()));
            }
        }
        return rows;
    }

    private String[] row(String customerId, String orderId, int day, double value, String category, String campaign,
            Attributes attributes) {
        return new String[] {customerId, orderId, timeline.isoDate(day), Csv.money(value), attributes.channel(),
            category, attributes.acquisitionSource(), campaign, attributes.country(), attributes.currency(),
            Integer.toString(attributes.age()), attributes.gender(), attributes.city()};
    }

    static String padded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
