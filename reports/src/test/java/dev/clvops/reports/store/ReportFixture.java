package dev.clvops.reports.store;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsRefresh;
import dev.clvops.reports.analytics.AnalyticsSettings;
import dev.clvops.reports.clustering.ClusteringSettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 1,200 customers with orders over two years, an as-of-now snapshot, optionally a scoring run with intervals. */
public final class ReportFixture {

    public static final int CUSTOMERS = 1200;

    private ReportFixture() {
    }

    public static AnalyticsRun analysed(boolean withPredictions) {
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
                FROM generate_series(1, ?) c, generate_series(1, 1 + c % 6) k""").param(CUSTOMERS).update();
        long snapshot = jdbc.sql("INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version, status)"
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
                FROM order_details GROUP BY customer_id""").param(snapshot).update();
        if (withPredictions) {
            predictions(jdbc, snapshot);
        }
        return new AnalyticsRefresh(TestDatabase.dataSource(), settings()).refresh(snapshot);
    }

    private static void predictions(JdbcClient jdbc, long snapshot) {
        long scoring = jdbc.sql("INSERT INTO scoring_runs (snapshot_id, family, model_version, horizon_days, status)"
                + " VALUES (?, 'bgnbd', 1, 365, 'COMPLETED') RETURNING scoring_run_id").param(snapshot)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO customer_predictions (scoring_run_id, customer_id, expected_purchases, p_alive,
                    expected_spend, clv, clv_p10, clv_p50, clv_p90)
                SELECT ?, customer_id, e, a, avg_order_value, e * avg_order_value, 0.5 * e * avg_order_value,
                       e * avg_order_value, 1.8 * e * avg_order_value
                FROM (SELECT customer_id, avg_order_value, greatest(0.05, 1 - days_since_last / 500.0) AS a,
                             order_count * 0.5 * greatest(0.05, 1 - days_since_last / 500.0) AS e
                      FROM customer_features WHERE snapshot_id = ?) f""").params(scoring, snapshot).update();
    }

    private static AnalyticsSettings settings() {
        AnalyticsSettings d = AnalyticsSettings.defaults();
        return new AnalyticsSettings(new ClusteringSettings(2, 5, 1200, 600, 600, 300, 7L), d.personas(),
                d.playbook(), d.audiences(), 0.5, 0.5, 6);
    }
}
