package dev.clvops.training.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merges one run's staged rows into the order store: customers, orders (+ lines), returns and quarantine, with
 * {@code ON CONFLICT DO NOTHING} so keys stored by earlier runs become duplicates. Must run in one transaction.
 */
final class StagedRowMerge {

    private static final String CUSTOMERS = """
            INSERT INTO customers (customer_id, channel, acquisition_source, country, age, gender, city, first_run_id)
            SELECT customer_id, channel, acquisition_source, country, age, gender, city, run_id
            FROM ingest_staged_rows WHERE run_id = ? AND first_of_customer""";
    // stored customers only gain attributes they lack
    static final String CUSTOMERS_CONFLICT = """
            ON CONFLICT (customer_id) DO UPDATE SET
                channel = COALESCE(customers.channel, EXCLUDED.channel),
                acquisition_source = COALESCE(customers.acquisition_source, EXCLUDED.acquisition_source),
                country = COALESCE(customers.country, EXCLUDED.country), age = COALESCE(customers.age, EXCLUDED.age),
                gender = COALESCE(customers.gender, EXCLUDED.gender), city = COALESCE(customers.city, EXCLUDED.city)
            WHERE (customers.channel IS NULL AND EXCLUDED.channel IS NOT NULL)
               OR (customers.acquisition_source IS NULL AND EXCLUDED.acquisition_source IS NOT NULL)
               OR (customers.country IS NULL AND EXCLUDED.country IS NOT NULL)
               OR (customers.age IS NULL AND EXCLUDED.age IS NOT NULL)
               OR (customers.gender IS NULL AND EXCLUDED.gender IS NOT NULL)
               OR (customers.city IS NULL AND EXCLUDED.city IS NOT NULL)""";
    // the combinations of channel, category, ... that the run's orders have and order_attributes lacks (line
    // formats keep the country of an order's first line)
    private static final String NEW_ATTRIBUTES = """
            INSERT INTO order_attributes (attributes_id, channel, category, acquisition_source, campaign, country,
                                          currency)
            SELECT (SELECT coalesce(max(attributes_id), 0) FROM order_attributes) + row_number() OVER (), n.*
            FROM (SELECT channel, category, acquisition_source, campaign, country, currency
                  FROM ingest_staged_rows WHERE run_id = ? AND kind = 'O' AND first_of_key
                  UNION SELECT NULL, NULL, NULL, NULL, country, NULL
                  FROM ingest_staged_rows WHERE run_id = ? AND kind = 'L'
                  EXCEPT SELECT channel, category, acquisition_source, campaign, country, currency
                  FROM order_attributes) n
            WHERE num_nonnulls(n.channel, n.category, n.acquisition_source, n.campaign, n.country, n.currency) > 0""";
    // the inserted rows' customers, counted per customer: their sum is the rows loaded; staged text is never ''
    // (a blank value is NULL), so '' stands for NULL in the join
    private static final String ORDERS = """
            WITH inserted AS (
                INSERT INTO orders (order_id, customer_id, order_date, order_ts, order_value, quantity, attributes_id,
                                    run_id)
                SELECT s.order_key, s.customer_id, s.order_date, s.order_ts, s.amount, s.quantity, a.attributes_id,
                       s.run_id
                FROM ingest_staged_rows s LEFT JOIN order_attributes a
                    ON coalesce(a.channel, '') = coalesce(s.channel, '')
                   AND coalesce(a.category, '') = coalesce(s.category, '')
                   AND coalesce(a.acquisition_source, '') = coalesce(s.acquisition_source, '')
                   AND coalesce(a.campaign, '') = coalesce(s.campaign, '')
                   AND coalesce(a.country, '') = coalesce(s.country, '')
                   AND coalesce(a.currency, '') = coalesce(s.currency, '')
                WHERE s.run_id = ? AND s.kind = 'O' AND s.first_of_key
                %s RETURNING customer_id)
            SELECT customer_id, count(*) FROM inserted GROUP BY customer_id""";
    // Lines and return lines are keyed by the orders/returns this statement inserted (RETURNING), not by joining
    // the order tables, whose statistics are stale in the middle of a merge.
    private static final String LINE_ORDERS = """
            WITH new_orders AS (
                INSERT INTO orders (order_id, customer_id, order_date, order_ts, order_value, quantity, attributes_id,
                                    run_id)
                SELECT g.order_key, g.customer_id, g.order_date, g.order_ts, g.order_value, g.quantity,
                       a.attributes_id, g.run_id
                FROM (SELECT order_key, (array_agg(customer_id ORDER BY line_number))[1] AS customer_id,
                             (array_agg(order_date ORDER BY line_number))[1] AS order_date,
                             (array_agg(order_ts ORDER BY line_number))[1] AS order_ts,
                             round(sum(quantity * unit_price), 2) AS order_value, sum(quantity)::int AS quantity,
                             (array_agg(country ORDER BY line_number))[1] AS country, min(run_id) AS run_id
                      FROM ingest_staged_rows WHERE run_id = ? AND kind = 'L' GROUP BY order_key) g
                LEFT JOIN order_attributes a ON a.country = g.country AND a.channel IS NULL AND a.category IS NULL
                    AND a.acquisition_source IS NULL AND a.campaign IS NULL AND a.currency IS NULL
                ON CONFLICT (order_id) DO NOTHING RETURNING order_id),
            new_lines AS (
                INSERT INTO order_lines (order_id, line_no, stock_code, description, quantity, unit_price)
                SELECT order_key, row_number() OVER (PARTITION BY order_key ORDER BY line_number), stock_code,
                       description, quantity, unit_price
                FROM ingest_staged_rows
                WHERE run_id = ? AND kind = 'L' AND order_key IN (SELECT order_id FROM new_orders) RETURNING 1)
            SELECT count(*) FROM new_lines""";
    private static final String RETURNS = """
            WITH inserted AS (
                INSERT INTO order_returns (return_id, customer_id, return_date, return_value, quantity, run_id)
                SELECT order_key, customer_id, order_date, amount, quantity, run_id
                FROM ingest_staged_rows WHERE run_id = ? AND kind = 'R' AND first_of_key
                ON CONFLICT (return_id) DO NOTHING RETURNING customer_id)
            SELECT customer_id, count(*) FROM inserted GROUP BY customer_id""";
    private static final String LINE_RETURNS = """
            WITH new_returns AS (
                INSERT INTO order_returns (return_id, customer_id, return_date, return_value, quantity, run_id)
                SELECT order_key, (array_agg(customer_id ORDER BY line_number))[1], min(order_date),
                       round(sum(quantity * unit_price), 2), sum(quantity)::int, min(run_id)
                FROM ingest_staged_rows WHERE run_id = ? AND kind = 'X' GROUP BY order_key
                ON CONFLICT (return_id) DO NOTHING RETURNING return_id)
            SELECT count(*) FROM ingest_staged_rows
            WHERE run_id = ? AND kind = 'X' AND order_key IN (SELECT return_id FROM new_returns)""";
    private static final String QUARANTINE = """
            INSERT INTO quarantined_rows (run_id, file_name, line_number, raw, reason)
            SELECT run_id, ?, line_number, raw, reason FROM ingest_staged_rows
            WHERE run_id = ? AND kind = 'Q' ORDER BY line_number""";
    // line formats: their customers are counted from the orders and returns the run stored
    private static final String LINE_CUSTOMERS = """
            SELECT count(DISTINCT customer_id) FROM (
                SELECT customer_id FROM orders WHERE run_id = ?
                UNION ALL SELECT customer_id FROM order_returns WHERE run_id = ?) c""";
    private static final String COMPLETE = """
            UPDATE ingest_runs SET status = 'COMPLETED', finished_at = clock_timestamp(), rows_read = ?, loaded = ?,
                duplicates = ? - ? - ?, quarantined = ?, customers = ?,
                reasons = (SELECT COALESCE(jsonb_object_agg(reason_key, n), '{}'::jsonb) FROM (
                    SELECT reason_key, count(*) AS n FROM ingest_staged_rows WHERE run_id = ? AND kind = 'Q'
                    GROUP BY reason_key) r)
            WHERE run_id = ?""";

    private final JdbcTemplate jdbc;

    StagedRowMerge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Merges the staged rows of {@code runId}, records the run's counts and empties its staging rows; fails when
     * fewer or more than the {@code written} rows the loader wrote are staged.
     */
    void merge(long runId, String fileName, long written) {
        // fresh statistics give the planner true row counts of the staged rows
        jdbc.execute("ANALYZE ingest_staged_rows");
        jdbc.execute("SET LOCAL work_mem = '256MB'");
        jdbc.execute("SET LOCAL maintenance_work_mem = '256MB'");
        // a lost commit after a crash is repaired by ingesting the file again (the run is then not recorded as done)
        jdbc.execute("SET LOCAL synchronous_commit = off");
        // rows this transaction inserts into orders have no statistics yet: a nested loop over them is quadratic
        jdbc.execute("SET LOCAL enable_nestloop = off");
        Map<String, Long> kinds = new HashMap<>();
        jdbc.query("SELECT kind, count(*) FROM ingest_staged_rows WHERE run_id = ? GROUP BY kind",
                rs -> {
                    kinds.put(rs.getString(1), rs.getLong(2));
                }, runId);
        long read = kinds.values().stream().mapToLong(Long::longValue).sum();
        if (read != written) {
            throw new IllegalStateException("ingest run " + runId + " staged " + read + " rows but its loader wrote "
                    + written + "; nothing merged");
        }
        withoutKeysWhenEmpty(StoreKeys.CUSTOMERS,
                empty -> jdbc.update(empty ? CUSTOMERS : CUSTOMERS + "\n" + CUSTOMERS_CONFLICT, runId));
        if (kinds.containsKey("O") || kinds.containsKey("L")) {
            jdbc.update(NEW_ATTRIBUTES, runId, runId);
        }
        Map<String, Long> customers = new HashMap<>();
        if (kinds.containsKey("O")) {
            // the loader's first-of-key flags already dropped the run's repeated ids: an empty table needs no check
            withoutKeysWhenEmpty(StoreKeys.ORDERS, empty -> insert(
                    ORDERS.formatted(empty ? "" : "ON CONFLICT (order_id) DO NOTHING"), runId, customers));
        }
        if (kinds.containsKey("R")) {
            insert(RETURNS, runId, customers);
        }
        long loaded = customers.values().stream().mapToLong(Long::longValue).sum();
        boolean lines = kinds.containsKey("L") || kinds.containsKey("X");
        loaded += kinds.containsKey("L") ? jdbc.queryForObject(LINE_ORDERS, Long.class, runId, runId) : 0;
        loaded += kinds.containsKey("X") ? jdbc.queryForObject(LINE_RETURNS, Long.class, runId, runId) : 0;
        long quarantined = kinds.containsKey("Q") ? jdbc.update(QUARANTINE, fileName, runId) : 0;
        long customerCount = lines ? jdbc.queryForObject(LINE_CUSTOMERS, Long.class, runId, runId) : customers.size();
        jdbc.update(COMPLETE, read, loaded, read, loaded, quarantined, quarantined, customerCount, runId, runId);
        emptyStaging(runId);
    }

    /** Runs {@code insert} with whether the table is empty; an empty table's keys are dropped and built after it. */
    private void withoutKeysWhenEmpty(StoreKeys keys, Consumer<Boolean> insert) {
        boolean empty = Boolean.TRUE.equals(jdbc.queryForObject(keys.emptyQuery(), Boolean.class));
        if (empty) {
            jdbc.execute(keys.drop());
        }
        insert.accept(empty);
        if (empty) {
            jdbc.execute(keys.build());
        }
    }

    /** Runs an insert returning (customer, rows inserted) and adds its counts to {@code customers}. */
    private void insert(String sql, long runId, Map<String, Long> customers) {
        jdbc.query(sql, rs -> {
            customers.merge(rs.getString(1), rs.getLong(2), Long::sum);
        }, runId);
    }

    /** TRUNCATE (no dead tuples) when only this run is staged, which the ingest lock makes the usual case. */
    private void emptyStaging(long runId) {
        Boolean others = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM ingest_staged_rows WHERE run_id <> ?)", Boolean.class, runId);
        if (Boolean.TRUE.equals(others)) {
            jdbc.update("DELETE FROM ingest_staged_rows WHERE run_id = ?", runId);
        } else {
            jdbc.execute("TRUNCATE ingest_staged_rows");
        }
    }
}
