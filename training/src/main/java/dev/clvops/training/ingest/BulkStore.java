package dev.clvops.training.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/**
 * The SQL of one bulk load's transaction. Into an empty store the rows are COPYed straight into {@code orders},
 * {@code order_returns} and {@code customers}, truncated in the transaction (so COPY FREEZE writes them frozen) and
 * without their keys, which are built after the load; otherwise they are COPYed into temporary tables and inserted
 * with {@code ON CONFLICT}, so keys stored by earlier runs become duplicates.
 */
final class BulkStore {

    private static final String EMPTY = """
            SELECT NOT EXISTS (SELECT 1 FROM orders) AND NOT EXISTS (SELECT 1 FROM order_returns)
               AND NOT EXISTS (SELECT 1 FROM customers) AND NOT EXISTS (SELECT 1 FROM order_lines)""";
    private static final String MERGE_ORDERS = """
            WITH inserted AS (INSERT INTO orders (%1$s) SELECT %1$s FROM bulk_orders
                              ON CONFLICT (order_id) DO NOTHING RETURNING customer_id)
            SELECT customer_id, count(*) FROM inserted GROUP BY customer_id""".formatted(OrderRow.ORDERS_COLUMNS);
    private static final String MERGE_RETURNS = """
            WITH inserted AS (INSERT INTO order_returns (%1$s) SELECT %1$s FROM bulk_returns
                              ON CONFLICT (return_id) DO NOTHING RETURNING customer_id)
            SELECT customer_id, count(*) FROM inserted GROUP BY customer_id""".formatted(OrderRow.RETURNS_COLUMNS);
    private static final String MERGE_CUSTOMERS = "INSERT INTO customers (%1$s) SELECT %1$s FROM bulk_customers\n"
            .formatted(OrderRow.CUSTOMERS_COLUMNS) + StagedRowMerge.CUSTOMERS_CONFLICT;
    private static final String ORDER_DATES = """
            INSERT INTO order_dates (first_date, last_date) VALUES (?, ?)
            ON CONFLICT (id) DO UPDATE SET first_date = EXCLUDED.first_date, last_date = EXCLUDED.last_date""";
    private static final String COMPLETE = """
            UPDATE ingest_runs SET status = 'COMPLETED', finished_at = clock_timestamp(), rows_read = ?, loaded = ?,
                duplicates = ?, quarantined = ?, customers = ?,
                reasons = (SELECT COALESCE(jsonb_object_agg(k, n), '{}'::jsonb) FROM unnest(?::text[], ?::bigint[]) r(k, n))
            WHERE run_id = ?""";

    private static final String STATEMENT_TRIGGERS = """
            ALTER TABLE orders %1$s TRIGGER orders_run_exists;
            ALTER TABLE orders %1$s TRIGGER orders_dates_widen;
            ALTER TABLE orders %1$s TRIGGER orders_attributes_exist;
            ALTER TABLE order_returns %1$s TRIGGER order_returns_run_exists;
            ALTER TABLE customers %1$s TRIGGER customers_run_exists""";

    private final Connection connection;
    private final boolean empty;
    private final AttributeIds attributes;

    private BulkStore(Connection connection, boolean empty, AttributeIds attributes) {
        this.connection = connection;
        this.empty = empty;
        this.attributes = attributes;
    }

    /** Prepares the transaction of {@code connection}: tables emptied and unkeyed, or temporary tables made. */
    static BulkStore prepare(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL synchronous_commit = off");
            s.execute("SET LOCAL maintenance_work_mem = '256MB'");
            boolean empty;
            try (ResultSet rs = s.executeQuery(EMPTY)) {
                empty = rs.next() && rs.getBoolean(1);
            }
            if (empty) {
                s.execute("TRUNCATE orders, order_lines, order_returns, customers");
                for (StoreKeys keys : StoreKeys.values()) {
                    s.execute(keys.drop());
                }
                // per-statement triggers would keep every COPYed row for their transition tables; what they do is
                // done once in keys(): the run row exists (the run started before), the dates come from the tally;
                // the attribute ids are those this load read from order_attributes or wrote to it
                s.execute(STATEMENT_TRIGGERS.formatted("DISABLE"));
            } else {
                s.execute("CREATE TEMP TABLE bulk_orders (LIKE orders) ON COMMIT DROP");
                s.execute("CREATE TEMP TABLE bulk_returns (LIKE order_returns) ON COMMIT DROP");
                s.execute("CREATE TEMP TABLE bulk_customers (LIKE customers) ON COMMIT DROP");
            }
            return new BulkStore(connection, empty, AttributeIds.stored(connection));
        }
    }

    boolean empty() {
        return empty;
    }

    AttributeIds attributes() {
        return attributes;
    }

    /** New combinations go straight into order_attributes, into an empty store or not: they are new either way. */
    static String copyAttributes() {
        return "COPY order_attributes (" + AttributeIds.COLUMNS + ") FROM STDIN (FORMAT binary)";
    }

    String copyOrders() {
        return copy(empty ? "orders" : "bulk_orders", OrderRow.ORDERS_COLUMNS);
    }

    String copyReturns() {
        return copy(empty ? "order_returns" : "bulk_returns", OrderRow.RETURNS_COLUMNS);
    }

    String copyCustomers() {
        return copy(empty ? "customers" : "bulk_customers", OrderRow.CUSTOMERS_COLUMNS);
    }

    static String copyQuarantine() {
        return "COPY quarantined_rows (run_id, file_name, line_number, raw, reason) FROM STDIN (FORMAT binary)";
    }

    private String copy(String table, String columns) {
        return "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary" + (empty ? ", FREEZE)" : ")");
    }

    /**
     * Stores the copied rows and records the run as completed; returns nothing, the run row holds the counts. An
     * empty store gets its keys back; otherwise the rows are merged and counted by what was inserted.
     */
    void complete(long runId, BulkTally tally) throws SQLException {
        long[] stored = empty ? keys(runId, tally) : merge();
        try (PreparedStatement update = connection.prepareStatement(COMPLETE)) {
            update.setLong(1, tally.read);
            update.setLong(2, stored[0]);
            update.setLong(3, tally.read - stored[0] - tally.quarantined);
            update.setLong(4, tally.quarantined);
            update.setLong(5, stored[1]);
            update.setArray(6, connection.createArrayOf("text", tally.reasons.keySet().toArray()));
            update.setArray(7, connection.createArrayOf("bigint", tally.reasons.values().toArray()));
            update.setLong(8, runId);
            update.executeUpdate();
        }
    }

    /** Into an empty store: builds the keys back; every row the encoder kept is stored. Returns rows, customers. */
    private long[] keys(long runId, BulkTally tally) throws SQLException {
        requireRun(runId);
        try (PreparedStatement dates = connection.prepareStatement(ORDER_DATES)) {
            dates.setObject(1, tally.firstOrderDate(), Types.DATE);
            dates.setObject(2, tally.lastOrderDate(), Types.DATE);
            dates.executeUpdate();
        }
        try (Statement s = connection.createStatement()) {
            s.execute(STATEMENT_TRIGGERS.formatted("ENABLE"));
            for (StoreKeys keys : StoreKeys.values()) {
                s.execute(keys.build());
            }
        }
        return new long[] {tally.loaded, tally.customers};
    }

    /** Into a stored run: inserts what is new and counts it. Returns rows and customers inserted. */
    private long[] merge() throws SQLException {
        Map<String, Long> inserted = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(MERGE_CUSTOMERS);
            merge(s, MERGE_ORDERS, inserted);
            merge(s, MERGE_RETURNS, inserted);
        }
        return new long[] {inserted.values().stream().mapToLong(Long::longValue).sum(), inserted.size()};
    }

    /** The check the disabled run-check triggers make, once: the run the rows refer to exists. */
    private void requireRun(long runId) throws SQLException {
        try (PreparedStatement check = connection.prepareStatement("SELECT 1 FROM ingest_runs WHERE run_id = ?")) {
            check.setLong(1, runId);
            try (ResultSet rs = check.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("ingest run " + runId + " does not exist; nothing stored", "23503");
                }
            }
        }
    }

    private static void merge(Statement s, String sql, Map<String, Long> inserted) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                inserted.merge(rs.getString(1), rs.getLong(2), Long::sum);
            }
        }
    }
}
