package dev.clvops.training.features;

import java.util.Arrays;

/**
 * All loaded orders and returns in columnar arrays, indexed by customer id (dense ints from a {@link ByteInterner}).
 * {@link #group()} sorts them by customer, then day, with a counting sort: O(n) plus tiny per-customer sorts.
 */
final class OrderBook {

    private final Column orders = new Column();
    private final Column returns = new Column();
    private int[] categories = new int[1 << 16];
    private int[] orderStart;
    private int[] returnStart;

    void addOrder(int customer, int day, long cents, int category) {
        int row = orders.add(customer, day, cents);
        if (row == categories.length) {
            categories = Arrays.copyOf(categories, row * 2);
        }
        categories[row] = category;
    }

    void addReturn(int customer, int day, long cents) {
        returns.add(customer, day, cents);
    }

    long orderCount() {
        return orders.size;
    }

    /** Sorts orders and returns by customer and day; call once, after loading. */
    void group(int customers) {
        int[] order = orders.sortedRows(customers);
        orderStart = orders.starts;
        orders.permute(order);
        categories = permuted(categories, order);
        returns.permute(returns.sortedRows(customers));
        returnStart = returns.starts;
    }

    /** Customer {@code customer}'s history; call after {@link #group(int)}. */
    CustomerHistory history(int customer, String customerId, CustomerHistory.Attributes attributes) {
        int from = orderStart[customer];
        int to = orderStart[customer + 1];
        int rFrom = returnStart[customer];
        int rTo = returnStart[customer + 1];
        return new CustomerHistory(customerId, Arrays.copyOfRange(orders.days, from, to),
                Arrays.copyOfRange(orders.cents, from, to), Arrays.copyOfRange(categories, from, to),
                Arrays.copyOfRange(returns.days, rFrom, rTo), Arrays.copyOfRange(returns.cents, rFrom, rTo),
                attributes);
    }

    private static int[] permuted(int[] values, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return out;
    }

    /** Growable (customer, day, cents) columns. */
    private static final class Column {
        private int[] customers = new int[1 << 16];
        private int[] days = new int[1 << 16];
        private long[] cents = new long[1 << 16];
        private int[] starts;
        private int size;

        int add(int customer, int day, long value) {
            if (size == customers.length) {
                customers = Arrays.copyOf(customers, size * 2);
                days = Arrays.copyOf(days, size * 2);
                cents = Arrays.copyOf(cents, size * 2);
            }
            customers[size] = customer;
            days[size] = day;
            cents[size] = value;
            return size++;
        }

        /** Row indices ordered by customer, then day; fills {@link #starts}. */
        int[] sortedRows(int customerCount) {
            starts = new int[customerCount + 1];
            for (int i = 0; i < size; i++) {
                starts[customers[i] + 1]++;
            }
            Arrays.parallelPrefix(starts, Integer::sum);
            int[] next = Arrays.copyOf(starts, customerCount);
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[next[customers[i]]++] = i;
            }
            long[] keys = new long[0];
            for (int c = 0; c < customerCount; c++) {
                keys = sortByDay(order, starts[c], starts[c + 1], keys);
            }
            return order;
        }

        private long[] sortByDay(int[] order, int from, int to, long[] keys) {
            if (to - from < 2) {
                return keys;
            }
            long[] buffer = keys.length >= to - from ? keys : new long[to - from];
            for (int i = from; i < to; i++) {
                buffer[i - from] = ((long) days[order[i]] << 32) | order[i];
            }
            Arrays.sort(buffer, 0, to - from);
            for (int i = from; i < to; i++) {
                order[i] = (int) buffer[i - from];
            }
            return buffer;
        }

        void permute(int[] order) {
            int[] d = new int[order.length];
            long[] c = new long[order.length];
            for (int i = 0; i < order.length; i++) {
                d[i] = days[order[i]];
                c[i] = cents[order[i]];
            }
            days = d;
            cents = c;
            customers = new int[0];
        }
    }
}
