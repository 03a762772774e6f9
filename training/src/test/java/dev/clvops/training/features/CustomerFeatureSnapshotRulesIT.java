package dev.clvops.training.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The snapshot rules of customer_features, kept once per statement instead of by a per-row foreign key. */
class CustomerFeatureSnapshotRulesIT {

    private static final String ROW = """
            INSERT INTO customer_features (snapshot_id, customer_id, frequency, recency_days, t_days, monetary_value,
              total_spend, net_spend, order_count, avg_order_value, days_since_last, tenure_days, orders_30d,
              orders_90d, orders_180d, spend_30d, spend_90d, spend_180d, distinct_categories, return_rate,
              first_order_value, first_order_date)
            VALUES (?, ?, 0, 0, 5, 0, 10, 10, 1, 10, 5, 5, 0, 0, 0, 0, 0, 0, 1, 0, 10, DATE '2024-01-01')""";

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());

    @BeforeEach
    void emptyStore() {
        TestDatabase.truncateAll();
    }

    private long snapshot() {
        return jdbc.queryForObject("""
                INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version, status)
                VALUES (DATE '2024-06-30', 0, 'fs-1', 'BUILDING') RETURNING snapshot_id""", Long.class);
    }

    @Test
    void rejectsRowsOfASnapshotThatDoesNotExist() {
        long snapshot = snapshot();
        jdbc.update(ROW, snapshot, "c0");

        assertThatThrownBy(() -> jdbc.update(ROW, snapshot + 1, "c1"))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> jdbc.update("UPDATE customer_features SET snapshot_id = ?", snapshot + 1))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.queryForList("SELECT snapshot_id FROM customer_features", Long.class))
                .containsExactly(snapshot);
    }

    @Test
    void deletingASnapshotDeletesItsRowsOnly() {
        long dropped = snapshot();
        long kept = snapshot();
        jdbc.update(ROW, dropped, "c1");
        jdbc.update(ROW, kept, "c1");

        jdbc.update("DELETE FROM feature_snapshots WHERE snapshot_id = ?", dropped);

        assertThat(jdbc.queryForList("SELECT snapshot_id FROM customer_features", Long.class)).containsExactly(kept);
    }
}
