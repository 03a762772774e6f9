package dev.clvops.reports.store;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsFixture;
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
        JdbcClient jdbc = AnalyticsFixture.load(CUSTOMERS);
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
