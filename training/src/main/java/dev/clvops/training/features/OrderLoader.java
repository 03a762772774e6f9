package dev.clvops.training.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Streams orders, returns and customers out of PostgreSQL with COPY into an in-memory {@link LoadedOrders}. Orders
 * come with their {@code attributes_id}, resolved against {@code order_attributes} (read first; a few rows) here
 * rather than joined per order in PostgreSQL: 10M orders then carry one integer each instead of four texts.
 */
final class OrderLoader {

    private static final String[] NO_ATTRIBUTES = new String[3];

    private final Connection connection;
    private final String partitionFilter;
    private final ByteInterner categories = new ByteInterner();
    // per attributes_id: the category's id in categories (-1: none) and channel, acquisition source, country
    private int[] categoryOf = new int[0];
    private String[][] firstOrderValuesOf = new String[0][];

    /** Loads the customers of hash partition {@code partition} of {@code partitions} (all when 1). */
    OrderLoader(Connection connection, int partition, int partitions) {
        this.connection = connection;
        this.partitionFilter = partitions == 1 ? ""
                : " AND (hashtext(customer_id) & 2147483647) %% %d = %d".formatted(partitions, partition);
    }

    /** Everything recorded on or before {@code until}. */
    LoadedOrders load(LocalDate until) throws SQLException {
        ByteInterner ids = new ByteInterner();
        OrderBook book = new OrderBook();
        FirstOrderAttributes firstOrders = new FirstOrderAttributes();
        copy("SELECT attributes_id, category, channel, acquisition_source, country FROM order_attributes", 5,
                this::readAttributes);
        copy("SELECT customer_id, order_date, order_value, attributes_id FROM orders WHERE order_date <= '%s'"
                .formatted(until) + partitionFilter, 4, reader -> readOrder(reader, ids, book, firstOrders));
        copy("SELECT customer_id, return_date, return_value FROM order_returns WHERE return_date <= '%s'"
                .formatted(until) + partitionFilter, 3, reader -> readReturn(reader, ids, book));
        Map<Integer, CustomerHistory.Attributes> customers = new HashMap<>();
        copy("SELECT customer_id, channel, acquisition_source, country FROM customers WHERE true" + partitionFilter, 4,
                reader -> readCustomer(reader, ids, customers));
        book.group(ids.size());
        return new LoadedOrders(ids, book, firstOrders, customers);
    }

    private void readAttributes(CopyTextReader r) {
        int id = r.integer(0);
        if (id >= categoryOf.length) {
            int length = Math.max(id + 1, categoryOf.length * 2);
            categoryOf = Arrays.copyOf(categoryOf, length);
            firstOrderValuesOf = Arrays.copyOf(firstOrderValuesOf, length);
        }
        categoryOf[id] = r.isNull(1) ? -1 : r.intern(1, categories);
        firstOrderValuesOf[id] = new String[] {r.string(2), r.string(3), r.string(4)};
    }

    private void readOrder(CopyTextReader r, ByteInterner ids, OrderBook book, FirstOrderAttributes firstOrders) {
        int customer = r.intern(0, ids);
        int day = r.epochDay(1);
        int attributes = r.isNull(3) ? -1 : r.integer(3);
        book.addOrder(customer, day, r.cents(2), attributes < 0 ? -1 : categoryOf[attributes]);
        if (firstOrders.isCandidate(customer, day)) {
            firstOrders.offer(customer, day, attributes < 0 ? NO_ATTRIBUTES : firstOrderValuesOf[attributes]);
        }
    }

    private static void readReturn(CopyTextReader r, ByteInterner ids, OrderBook book) {
        int customer = r.find(0, ids);
        if (customer >= 0) {
            book.addReturn(customer, r.epochDay(1), r.cents(2));
        }
    }

    private static void readCustomer(CopyTextReader r, ByteInterner ids,
                                     Map<Integer, CustomerHistory.Attributes> customers) {
        int customer = r.find(0, ids);
        if (customer >= 0) {
            customers.put(customer, new CustomerHistory.Attributes(r.string(1), r.string(2), r.string(3)));
        }
    }

    private void copy(String query, int columns, LineHandler handler) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (PGCopyInputStream in = new PGCopyInputStream(pg, "COPY (" + query + ") TO STDOUT")) {
            CopyTextReader reader = new CopyTextReader(in, columns);
            while (reader.next()) {
                handler.accept(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + query, e);
        }
    }

    @FunctionalInterface
    private interface LineHandler {
        void accept(CopyTextReader reader);
    }
}
