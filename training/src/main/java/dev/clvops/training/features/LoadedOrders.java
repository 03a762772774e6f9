package dev.clvops.training.features;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/** The loaded orders, ready to hand out one {@link CustomerHistory} per customer in customer id order. */
final class LoadedOrders {

    private final ByteInterner ids;
    private final OrderBook book;
    private final FirstOrderAttributes firstOrders;
    private final Map<Integer, CustomerHistory.Attributes> customers;
    private final String[] keys;
    private final int[] idOrder;

    LoadedOrders(ByteInterner ids, OrderBook book, FirstOrderAttributes firstOrders,
                 Map<Integer, CustomerHistory.Attributes> customers) {
        this.ids = ids;
        this.book = book;
        this.firstOrders = firstOrders;
        this.customers = customers;
        this.keys = new String[ids.size()];
        for (int c = 0; c < keys.length; c++) {
            keys[c] = ids.key(c);
        }
        this.idOrder = sortedById(keys);
    }

    int customerCount() {
        return ids.size();
    }

    long orderCount() {
        return book.orderCount();
    }

    /**
     * Customer indices sorted by customer id (String order), the order of snapshot rows and checksums; sorted once
     * when loaded, on the loading thread.
     */
    int[] customersInIdOrder() {
        return idOrder;
    }

    private static int[] sortedById(String[] keys) {
        Integer[] order = new Integer[keys.length];
        for (int c = 0; c < order.length; c++) {
            order[c] = c;
        }
        Arrays.sort(order, Comparator.comparing(c -> keys[c]));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    String id(int customer) {
        return keys[customer];
    }

    /** Attributes come from the customers table, else from the customer's first order. */
    CustomerHistory history(int customer) {
        CustomerHistory.Attributes registered = customers.getOrDefault(customer, CustomerHistory.Attributes.NONE);
        return book.history(customer, keys[customer], registered.orElse(firstOrders.of(customer)));
    }
}
