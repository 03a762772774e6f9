package dev.clvops.training.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The run-id rules that replaced the per-row foreign keys, the merge's check of the staged row count, and the order
 * date range the triggers keep.
 */
class IngestRunIntegrityIT {

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @BeforeEach
    void emptyStore() {
        TestDatabase.truncateAll();
    }

    @Test
    void rejectsOrdersReturnsAndCustomersOfAnUnknownRun() {
        long run = startRun();

        List<String> inserts = List.of(
                "INSERT INTO orders (order_id, customer_id, order_date, order_value, run_id) VALUES ('o', 'c', "
                        + "DATE '2024-01-01', 1, %d)",
                "INSERT INTO order_returns (return_id, customer_id, return_date, return_value, run_id) VALUES ('r', "
                        + "'c', DATE '2024-01-01', 1, %d)",
                "INSERT INTO customers (customer_id, first_run_id) VALUES ('c', %d)",
                "INSERT INTO quarantined_rows (run_id, file_name, line_number, raw, reason) VALUES (%d, 'f.csv', 2, "
                        + "'x', 'customer id missing')");

        for (String insert : inserts) {
            assertThatThrownBy(() -> jdbc.update(insert.formatted(run + 1)))
                    .isInstanceOf(DataAccessException.class).satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"))
                    .hasMessageContaining("ingest run " + (run + 1));
            jdbc.update(insert.formatted(run));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE run_id = ?", Long.class, run)).isOne();
    }

    @Test
    void deletesARunsQuarantinedRowsWithItAndKeepsTheirRunFixed() {
        long run = startRun();
        long other = startRun();
        jdbc.update("INSERT INTO quarantined_rows (run_id, file_name, line_number, raw, reason) VALUES (?, 'f.csv', 2, "
                + "'x', 'r'), (?, 'g.csv', 3, 'y', 'r')", run, other);

        assertThatThrownBy(() -> jdbc.update("UPDATE quarantined_rows SET run_id = ? WHERE run_id = ?", other, run))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
        assertThat(jdbc.update("DELETE FROM ingest_runs WHERE run_id = ?", run)).isOne();
        assertThat(jdbc.queryForList("SELECT file_name FROM quarantined_rows", String.class)).containsExactly("g.csv");
    }

    @Test
    void keepsARunThatStoredRowsAndLetsAnUnusedRunGo() {
        long used = startRun();
        long unused = startRun();
        jdbc.update("INSERT INTO customers (customer_id, first_run_id) VALUES ('c', ?)", used);

        assertThatThrownBy(() -> jdbc.update("DELETE FROM ingest_runs WHERE run_id = ?", used))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
        assertThatThrownBy(() -> jdbc.update("UPDATE customers SET first_run_id = ?", unused))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
        assertThat(jdbc.update("DELETE FROM ingest_runs WHERE run_id = ?", unused)).isOne();
    }

    @Test
    void mergesNothingWhenStagingHoldsOtherThanTheRowsTheLoaderWrote() {
        long run = startRun();
        jdbc.update("INSERT INTO ingest_staged_rows (run_id, line_number, kind, order_key, customer_id, order_date, "
                + "amount, first_of_key, first_of_customer) VALUES (?, 2, 'O', 'orders:1', 'c', DATE '2024-01-01', "
                + "5, true, true)", run);
        StagedRowMerge merge = new StagedRowMerge(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(
                new DataSourceTransactionManager(TestDatabase.dataSource()));

        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> merge.merge(run, "f.csv", 2)))
                .hasMessageContaining("staged 1 rows but its loader wrote 2");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isZero();
        transaction.executeWithoutResult(s -> merge.merge(run, "f.csv", 1));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isOne();
    }

    @Test
    void keepsTheFirstAndLastOrderDateThroughInsertsUpdatesDeletesAndTruncation() {
        long run = startRun();
        assertThat(orderDates()).containsExactly(null, null);

        jdbc.update("INSERT INTO orders (order_id, customer_id, order_date, order_value, run_id) VALUES "
                + "('a', 'c', DATE '2024-03-01', 1, ?), ('b', 'c', DATE '2024-01-15', 1, ?)", run, run);
        assertThat(orderDates()).containsExactly("2024-01-15", "2024-03-01");
        jdbc.update("INSERT INTO orders (order_id, customer_id, order_date, order_value, run_id) VALUES "
                + "('c', 'c', DATE '2024-02-01', 1, ?)", run);
        assertThat(orderDates()).as("an order inside the range").containsExactly("2024-01-15", "2024-03-01");

        jdbc.update("UPDATE orders SET order_date = DATE '2023-12-31' WHERE order_id = 'c'");
        assertThat(orderDates()).containsExactly("2023-12-31", "2024-03-01");
        jdbc.update("DELETE FROM orders WHERE order_id IN ('a', 'c')");
        assertThat(orderDates()).as("the range shrinks").containsExactly("2024-01-15", "2024-01-15");
        jdbc.update("TRUNCATE orders CASCADE");
        assertThat(orderDates()).containsExactly(null, null);
    }

    private List<String> orderDates() {
        return jdbc.queryForObject("SELECT (SELECT first_date::text FROM order_dates), "
                + "(SELECT last_date::text FROM order_dates)", (rs, n) -> Arrays.asList(rs.getString(1),
                rs.getString(2)));
    }

    private long startRun() {
        return jdbc.queryForObject("INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status) "
                + "VALUES ('f.csv', md5(random()::text), 1, 'orders', 'RUNNING') RETURNING run_id", Long.class);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
