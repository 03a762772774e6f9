package dev.clvops.reports.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The run-id rules of customer_analytics that replaced its per-row foreign key. */
class CustomerAnalyticsRunIntegrityIT {

    private static final String ROW = "INSERT INTO customer_analytics (run_id, customer_id, r_score, f_score, m_score,"
            + " rfm_code, segment, cluster, dbscan_cluster, ward_cluster, pca_x, pca_y, pca_z, persona, overdue)"
            + " VALUES (?, ?, 1, 1, 1, '111', 'Lost', 0, 0, 0, 0, 0, 0, 'p', false)";
    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @BeforeEach
    void emptyStore() {
        TestDatabase.truncateAll();
    }

    @Test
    void rejectsCustomerRowsOfAnUnknownRun() {
        long run = startRun();

        assertThatThrownBy(() -> jdbc.update(ROW, run + 1, "c"))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"))
                .hasMessageContaining("analytics run " + (run + 1));
        jdbc.update(ROW, run, "c");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_analytics", Long.class)).isOne();
    }

    @Test
    void deletingARunDeletesItsCustomerRowsOnly() {
        long gone = startRun();
        long kept = startRun();
        jdbc.update(ROW, gone, "a");
        jdbc.update(ROW, kept, "b");

        jdbc.update("DELETE FROM analytics_runs WHERE run_id = ?", gone);

        assertThat(jdbc.queryForList("SELECT customer_id FROM customer_analytics", String.class)).containsExactly("b");
    }

    @Test
    void refusesToMoveCustomerRowsToAnotherRun() {
        long run = startRun();
        long other = startRun();
        jdbc.update(ROW, run, "c");

        assertThatThrownBy(() -> jdbc.update("UPDATE customer_analytics SET run_id = ?", other))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("23503"));
    }

    private long startRun() {
        long snapshot = jdbc.queryForObject("INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version,"
                + " status) VALUES (date '2025-12-31', 0, 't', 'COMPLETED') RETURNING snapshot_id", Long.class);
        return jdbc.queryForObject("INSERT INTO analytics_runs (snapshot_id, status) VALUES (?, 'RUNNING')"
                + " RETURNING run_id", Long.class, snapshot);
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s.getSQLState();
            }
        }
        return null;
    }
}
