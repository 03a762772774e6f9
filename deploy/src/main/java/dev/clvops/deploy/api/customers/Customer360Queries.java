package dev.clvops.deploy.api.customers;

import dev.clvops.deploy.api.JdbcValues;
import dev.clvops.platform.customer.CustomerHistory;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of the customer 360 view, over the core, scoring and analytics tables. */
@Component
class Customer360Queries {

    static final int ORDER_LIMIT = CustomerHistory.ORDER_LIMIT;

    private final JdbcClient jdbc;

    Customer360Queries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Nullable Map<String, Object> profile(String customerId) {
        return first(jdbc.sql("SELECT * FROM customers WHERE customer_id = ?").param(customerId));
    }

    @Nullable Map<String, Object> features(String customerId) {
        return first(jdbc.sql("SELECT fs.cutoff, fs.horizon_days, fs.feature_set_version, cf.*"
                + " FROM feature_snapshots fs JOIN customer_features cf USING (snapshot_id)"
                + " WHERE cf.customer_id = ? AND fs.status = 'COMPLETED'"
                + " ORDER BY (fs.horizon_days = 0) DESC, fs.created_at DESC, fs.snapshot_id DESC LIMIT 1")
                .param(customerId));
    }

    @Nullable Map<String, Object> prediction(String customerId) {
        return first(jdbc.sql("SELECT sr.family, sr.model_version, sr.horizon_days, sr.snapshot_id,"
                + " sr.finished_at AS scored_at, cp.*"
                + " FROM scoring_runs sr JOIN customer_predictions cp USING (scoring_run_id)"
                + " WHERE cp.customer_id = ? AND sr.status = 'COMPLETED' ORDER BY sr.scoring_run_id DESC LIMIT 1")
                .param(customerId));
    }

    List<Map<String, Object>> segmentHistory(String customerId) {
        return JdbcValues.rows(jdbc.sql("SELECT r.run_id, r.created_at, r.snapshot_id, a.segment, a.rfm_code,"
                + " a.tier, a.persona, a.clv FROM analytics_runs r JOIN customer_analytics a"
                + " ON a.run_id = r.run_id AND a.customer_id = ? WHERE r.status = 'COMPLETED' ORDER BY r.run_id")
                .param(customerId));
    }

    long orderCount(String customerId) {
        return jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = ?").param(customerId)
                .query(Long.class).single();
    }

    List<Map<String, Object>> orders(String customerId) {
        return JdbcValues.rows(jdbc.sql("SELECT order_id, order_date, order_value, quantity, channel, category,"
                + " campaign, country, currency, run_id FROM order_details WHERE customer_id = ?"
                + " ORDER BY order_date DESC, order_id LIMIT " + ORDER_LIMIT).param(customerId));
    }

    private static @Nullable Map<String, Object> first(JdbcClient.StatementSpec statement) {
        return JdbcValues.rows(statement).stream().findFirst().orElse(null);
    }
}
