package dev.clvops.training.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/** Streams orders, returns and customers out of PostgreSQL with COPY into an in-memory {@link LoadedOrders}. */
final class OrderLoader {

    private final Connection connection;
    private final String partitionFilter;
    private final ByteInterner categories = new ByteInterner();

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
        copy("""
                SELECT customer_id, order_date, order_value, category, channel, acquisition_source, country
                FROM order_details WHERE order_date <= '%s'""".formatted(until) + partitionFilter, 7,
                reader -> readOrder(reader, ids, book, firstOrders));
        copy("SELECT customer_id, return_date, return_value FROM order_returns WHERE return_date <= '%s'"
                .formatted(until) + partitionFilter, 3, reader -> readReturn(reader, ids, book));
        Map<Integer, CustomerHistory.Attributes> customers = new HashMap<>();
        copy("SELECT customer_id, channel, acquisition_source, country FROM customers WHERE true" + partitionFilter, 4,
                reader -> readCustomer(reader, ids, customers));
        book.group(ids.size());
        return new LoadedOrders(ids, book, firstOrders, customers);
    }

    private void readOrder(CopyTextReader r, ByteInterner ids, OrderBook book, FirstOrderAttributes firstOrders) {
        int customer = r.intern(0, ids);
        int day = r.epochDay(1);
        book.addOrder(customer, day, r.cents(2), r.isNull(3) ? -1 : r.intern(3, categories));
        if (firstOrders.isCandidate(customer, day)) {
            firstOrders.offer(customer, day, r.string(4), r.string(5), r.string(6));
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
