package dev.clvops.reports.analytics;

import dev.clvops.platform.testing.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A few thousand customers with orders, features of a 2025-12-31 as-of-now snapshot and a scoring run. */
public final class AnalyticsFixture {

    static final int CUSTOMERS = 3000;

    private AnalyticsFixture() {
    }

    static JdbcClient load() {
        return load(CUSTOMERS);
    }

    /** Empties the store and loads {@code customers} customers with 1 to 6 orders each (also for the reports). */
    public static JdbcClient load(int customers) {
        TestDatabase.truncateAll();
        JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
        jdbc.sql("INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status)"
                + " VALUES ('fixture.csv', 'x', 0, 'cdnow', 'COMPLETED')").update();
        jdbc.sql("""
                INSERT INTO order_attributes (attributes_id, channel, category)
                SELECT ch * 2 + cat + 1, CASE ch WHEN 0 THEN 'web' WHEN 1 THEN 'store' ELSE 'app' END,
                       CASE cat WHEN 0 THEN 'books' ELSE 'music' END
                FROM generate_series(0, 2) ch, generate_series(0, 1) cat""").update();
        jdbc.sql("""
                INSERT INTO orders (order_id, customer_id, order_date, order_value, attributes_id, run_id)
                SELECT 'o' || c || '-' || k, 'c' || lpad(c::text, 5, '0'),
                       date '2024-01-01' + ((c * 37 + k * (20 + c % 90)) % 700), 10 + (c * k * 13 % 190),
                       c % 3 * 2 + k % 2 + 1, 1
                FROM generate_series(1, ?) c, generate_series(1, 1 + c % 6) k""").param(customers).update();
        return jdbc;
    }

    /** A completed as-of-now snapshot of all fixture customers; returns its id. */
    static long snapshot(JdbcClient jdbc) {
        long id = jdbc.sql("INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version, status)"
                + " VALUES (date '2025-12-31', 0, 'v1', 'COMPLETED') RETURNING snapshot_id").query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO customer_features (snapshot_id, customer_id, frequency, recency_days, t_days,
                    monetary_value, total_spend, net_spend, order_count, avg_order_value, days_since_last,
                    tenure_days, ipt_mean_days, ipt_std_days, orders_30d, orders_90d, orders_180d, spend_30d,
                    spend_90d, spend_180d, distinct_categories, return_rate, first_order_value, first_order_date,
                    channel)
                SELECT ?, customer_id, count(*) - 1, max(order_date) - min(order_date),
                       date '2025-12-31' - min(order_date), avg(order_value), sum(order_value), sum(order_value),
                       count(*), avg(order_value), date '2025-12-31' - max(order_date),
                       date '2025-12-31' - min(order_date),
                       CASE WHEN count(*) > 1 THEN (max(order_date) - min(order_date))::float / (count(*) - 1) END,
                       NULL, 0, 0, 0, 0, 0, 0, 1, 0, min(order_value), min(order_date), min(channel)
                FROM order_details GROUP BY customer_id""").param(id).update();
        return id;
    }

    /** A completed one-year scoring run of the snapshot; returns its id. */
    static long scoringRun(JdbcClient jdbc, long snapshotId) {
        long id = jdbc.sql("INSERT INTO scoring_runs (snapshot_id, family, model_version, horizon_days, status)"
                + " VALUES (?, 'bgnbd', 1, 365, 'COMPLETED') RETURNING scoring_run_id").param(snapshotId)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO customer_predictions (scoring_run_id, customer_id, expected_purchases, p_alive,
                    expected_spend, clv)
                SELECT ?, customer_id, order_count * 0.5, greatest(0.05, 1 - days_since_last / 800.0),
                       avg_order_value, order_count * 0.5 * avg_order_value * greatest(0.05, 1 - days_since_last / 800.0)
                FROM customer_features WHERE snapshot_id = ?""").params(id, snapshotId).update();
        return id;
    }

    static AnalyticsSettings settings() {
        AnalyticsSettings d = AnalyticsSettings.defaults();
        return new AnalyticsSettings(new dev.clvops.reports.clustering.ClusteringSettings(2, 6, 3000, 800, 800, 400,
                7L), d.personas(), d.playbook(), d.audiences(), 0.5, 0.5, 6);
    }
}
