package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bulk lane of {@code orders} files stores what the staging lane stores (both run through {@link IngestLanes}).
 */
class BulkLaneIT {

    private static final String HEADER = "user_id,order_id,order_date,order_value,channel,category,"
            + "acquisition_source,campaign,country,currency,age,gender,city\r\n";
    /** Lines 2..17: duplicates, returns, quarantined rows, quoted and multi-line fields, a blank line, no final CRLF. */
    static final String FIRST = HEADER
            + "u1,o1,2023-01-05,120.50,web,books,search,spring,DE,EUR,34,f,Berlin\r\n"
            + "u1,o2,2023-02-10T10:15:00,80,app,music,,,DE,EUR,34,f,Berlin\r\n"
            + "u2,o3,2023-01-07,15.25,store,books,referral,,US,USD,,m,\"Washington, D.C.\"\r\n"
            + "u1,o4,2023-02-12,-30.00,web,books,search,spring,DE,EUR,34,f,Berlin\r\n"
            + "u3,o5,2023-03-01,\"1,5\",web,books,search,,DE,EUR,51,f,Hamburg\r\n"
            + "u2,o3,2023-01-08,99.00,store,books,referral,,US,USD,33,m,Paris\r\n"
            + "u1,o4,2023-02-13,-5,web,books,search,spring,DE,EUR,34,f,Berlin\r\n"
            + "u1,o2,2023-02-11,-20.00,web,books,search,spring,DE,EUR,34,f,Berlin\r\n"
            + "u4,o1,2023-03-05,9.99,app,,,,NL,EUR,40,x,Utrecht\r\n"
            + "u5,o6,2023-03-06,7.5,web,books,\"search, paid\",,DE,EUR,29,f,\"Multi\r\nline\"\r\n"
            + "u6,o7,2023-13-45,20.00,web,books,search,,DE,EUR,51,f,Hamburg\r\n"
            + ",o8,2023-03-02,10.00,web,books,search,,DE,EUR,51,f,Hamburg\r\n"
            + "u8,o10,2023-01-01\r\n"
            + "\r\n"
            + "u7,o9,2024-01-01,0.5,web,books,search,,DE,EUR,,,";
    /** Overlaps FIRST: a stored order, a stored return, u2's missing age and a new customer. */
    static final String SECOND = HEADER
            + "u1,o1,2023-01-05,120.50,web,books,search,spring,DE,EUR,34,f,Berlin\r\n"
            + "u2,o20,2023-04-01,12.00,web,books,partner,,US,USD,33,f,Boston\r\n"
            + "u1,o4,2023-02-12,-30.00,web,books,search,spring,DE,EUR,34,f,Berlin\r\n"
            + "u9,o21,2023-04-02,1.00,,,,,,,,,\r\n"
            + "u9,o21,2023-04-03,2.00,,,,,,,,,\r\n"
            + "u9,o22,2023-04-04,x,,,,,,,,,\r\n";

    @RegisterExtension
    static final IngestTestContext.PerClass INGEST = new IngestTestContext.PerClass();
    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private List<String> orderDates() {
        return jdbc.queryForObject("SELECT first_date::text, last_date::text FROM order_dates",
                (rs, n) -> Arrays.asList(rs.getString(1), rs.getString(2)));
    }

    private List<String> ordersDateRange() {
        return jdbc.queryForObject("SELECT min(order_date)::text, max(order_date)::text FROM orders",
                (rs, n) -> Arrays.asList(rs.getString(1), rs.getString(2)));
    }

    private IngestSummary bulk(Path file) {
        return new IngestLanes(INGEST, jdbc).bulk(file);
    }

    private IngestSummary staged(Path file) throws Exception {
        return new IngestLanes(INGEST, jdbc).staged(file);
    }

    /** Every stored row as text, in a stable order, and the steps the job ran. */
    private Map<String, List<String>> store() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        // orders with their attribute values: the lanes may number the combinations differently
        tables.put("orders", jdbc.queryForList("""
                SELECT t::text FROM (SELECT order_id, customer_id, order_date, order_ts, order_value, quantity, channel,
                                            category, acquisition_source, campaign, country, currency, run_id
                                     FROM order_details) t ORDER BY 1""", String.class));
        for (String table : List.of("order_returns", "customers", "order_lines")) {
            tables.put(table, jdbc.queryForList("SELECT t::text FROM " + table + " t ORDER BY 1", String.class));
        }
        tables.put("quarantined_rows", jdbc.queryForList("""
                SELECT concat_ws('|', run_id, file_name, line_number, raw, reason) FROM quarantined_rows
                ORDER BY run_id, line_number""", String.class));
        tables.put("ingest_runs", jdbc.queryForList("""
                SELECT concat_ws('|', run_id, file_name, format, status, rows_read, loaded, duplicates, quarantined,
                                 customers, reasons) FROM ingest_runs ORDER BY run_id""", String.class));
        return tables;
    }

    private List<String> steps() {
        return jdbc.queryForList("SELECT step_name FROM batch_step_execution ORDER BY step_execution_id",
                String.class);
    }

    @Test
    void storesExactlyWhatTheStagingLaneStores() throws Exception {
        Path first = file("first.csv", FIRST);
        Path second = file("second.csv", SECOND);
        staged(first);
        staged(second);
        Map<String, List<String>> throughStaging = store();
        assertThat(steps()).contains("loadOrders").doesNotContain("bulkLoad");
        TestDatabase.truncateAll();

        bulk(first);
        bulk(second);

        assertThat(steps()).containsOnly("bulkLoad");
        assertThat(store()).isEqualTo(throughStaging);
    }

    @Test
    void countsDuplicatesReturnsQuarantinedRowsAndCustomersOfAFile() throws Exception {
        IngestSummary summary = bulk(file("first.csv", FIRST));

        assertThat(new long[] {summary.rowsRead(), summary.loaded(), summary.duplicates(), summary.quarantined(),
            summary.customers()}).containsExactly(14, 7, 3, 4, 4);
        assertThat(summary.reasons()).containsExactlyInAnyOrderEntriesOf(Map.of("order_value: not a number", 1L,
                "order_date: cannot parse as a date", 1L, "customer id missing", 1L, "wrong column count", 1L));
        assertThat(jdbc.queryForList("""
                SELECT concat_ws('|', order_id, customer_id, order_date, order_ts, order_value, channel, category,
                                 acquisition_source, campaign, country, currency) FROM order_details ORDER BY order_id""",
                String.class)).containsExactly(
                "orders:o1|u1|2023-01-05|120.50|web|books|search|spring|DE|EUR",
                "orders:o2|u1|2023-02-10|2023-02-10 10:15:00|80.00|app|music|DE|EUR",
                "orders:o3|u2|2023-01-07|15.25|store|books|referral|US|USD",
                "orders:o6|u5|2023-03-06|7.50|web|books|search, paid|DE|EUR",
                "orders:o9|u7|2024-01-01|0.50|web|books|search|DE|EUR");
        assertThat(jdbc.queryForList("""
                SELECT concat_ws('|', return_id, customer_id, return_date, return_value) FROM order_returns
                ORDER BY return_id""", String.class))
                .containsExactly("orders:o2|u1|2023-02-11|20.00", "orders:o4|u1|2023-02-12|30.00");
        assertThat(jdbc.queryForList("""
                SELECT concat_ws('|', customer_id, channel, acquisition_source, country, age, gender, city)
                FROM customers ORDER BY customer_id""", String.class)).containsExactly(
                "u1|web|search|DE|34|f|Berlin", "u2|store|referral|US|m|Washington, D.C.",
                "u4|app|NL|40|x|Utrecht", "u5|web|search, paid|DE|29|f|Multi\r\nline", "u7|web|search|DE");
        assertThat(jdbc.queryForList("SELECT line_number || ' ' || reason FROM quarantined_rows ORDER BY line_number",
                String.class)).containsExactly("6 order_value: not a number '1,5'",
                "13 order_date: cannot parse '2023-13-45' as a date", "14 customer id missing",
                "15 wrong column count: expected 13, got 3");
        assertThat(jdbc.queryForObject("SELECT raw FROM quarantined_rows WHERE line_number = 6", String.class))
                .isEqualTo("u3,o5,2023-03-01,\"1,5\",web,books,search,,DE,EUR,51,f,Hamburg");
    }

    @Test
    void countsKeysStoredByEarlierRunsAsDuplicatesAndFillsMissingCustomerValues() throws Exception {
        bulk(file("first.csv", FIRST));

        IngestSummary second = bulk(file("second.csv", SECOND));

        assertThat(new long[] {second.rowsRead(), second.loaded(), second.duplicates(), second.quarantined(),
            second.customers()}).containsExactly(6, 2, 3, 1, 2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isEqualTo(7);
        assertThat(orderDates()).isEqualTo(ordersDateRange());
        assertThat(jdbc.queryForObject("SELECT order_value::text FROM orders WHERE order_id = 'orders:o21'",
                String.class)).isEqualTo("1.00");
        assertThat(jdbc.queryForList("""
                SELECT concat_ws('|', customer_id, channel, acquisition_source, country, age, gender, city,
                                 first_run_id) FROM customers WHERE customer_id IN ('u1', 'u2', 'u9')
                ORDER BY customer_id""", String.class)).containsExactly(
                "u1|web|search|DE|34|f|Berlin|1", "u2|store|referral|US|33|m|Washington, D.C.|1", "u9|2");
    }

    @Test
    void rebuildsTheStoreKeysAfterLoadingIntoAnEmptyStore() throws Exception {
        bulk(file("first.csv", FIRST));

        assertThat(jdbc.queryForList("""
                SELECT indexname FROM pg_indexes WHERE tablename IN ('orders', 'customers', 'order_returns')
                ORDER BY 1""", String.class)).containsExactly("customers_pkey", "order_returns_customer",
                "order_returns_pkey", "orders_customer", "orders_pkey");
        assertThat(jdbc.queryForList("""
                SELECT tgname || ' ' || tgenabled::text FROM pg_trigger
                WHERE tgrelid IN ('orders'::regclass, 'order_returns'::regclass, 'customers'::regclass)
                  AND NOT tgisinternal AND tgenabled <> 'O'""", String.class)).as("triggers left disabled").isEmpty();
        assertThat(orderDates()).as("the tally's dates").isEqualTo(ordersDateRange()).containsExactly("2023-01-05",
                "2024-01-01");
        assertThat(jdbc.queryForList("""
                SELECT conname FROM pg_constraint WHERE conrelid IN ('orders'::regclass, 'order_lines'::regclass,
                                                                     'customers'::regclass)""", String.class))
                .contains("orders_pkey", "order_lines_order_id_fkey", "customers_pkey");
        assertThatThrownBy(() -> jdbc.update("INSERT INTO customers (customer_id, first_run_id) VALUES ('u1', 1)"))
                .hasMessageContaining("customers_pkey");
    }

    @Test
    void storesNothingAndFailsTheRunWhenACopyFailsInAnEmptyStore() throws Exception {
        Path first = file("first.csv", FIRST);

        withOrderRefused("orders:o6", () -> assertThatThrownBy(() -> bulk(first))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("first.csv"));

        assertThat(jdbc.queryForObject("SELECT status FROM ingest_runs", String.class)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM order_returns)
                     + (SELECT count(*) FROM customers) + (SELECT count(*) FROM quarantined_rows)""", Long.class))
                .isZero();
        assertThat(jdbc.queryForList("SELECT conname FROM pg_constraint WHERE conrelid = 'orders'::regclass",
                String.class)).contains("orders_pkey");
    }

    @Test
    void keepsTheStoreAsItWasWhenTheMergeIntoAStoredRunFails() throws Exception {
        bulk(file("first.csv", FIRST));
        Map<String, List<String>> before = store();
        Path second = file("second.csv", SECOND);

        withOrderRefused("orders:o21", () -> assertThatThrownBy(() -> bulk(second))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("second.csv"));

        Map<String, List<String>> after = store();
        assertThat(after.get("ingest_runs")).hasSize(2).last().asString().contains("|FAILED|");
        after.remove("ingest_runs");
        before.remove("ingest_runs");
        assertThat(after).isEqualTo(before);
    }

    /** Runs {@code action} while a check constraint makes any COPY or insert of {@code orderId} fail. */
    private void withOrderRefused(String orderId, Runnable action) {
        String table = "bulk_test_refused";
        jdbc.execute("ALTER TABLE orders ADD CONSTRAINT " + table + " CHECK (order_id <> '" + orderId + "')");
        try {
            action.run();
        } finally {
            jdbc.execute("ALTER TABLE orders DROP CONSTRAINT " + table);
        }
    }
}
