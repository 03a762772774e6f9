package dev.clvops.reports.kpi;

import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.KpiReport.MonthRevenue;
import dev.clvops.platform.analytics.KpiReport.TopCustomers;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** KPIs with SQL aggregates over the orders of a date range, a snapshot and an analytics run. */
public final class JdbcKpis {

    private static final String RANGE = " o.order_date >= coalesce(:from, o.order_date)"
            + " AND o.order_date <= coalesce(:to, o.order_date) ";
    private final JdbcClient jdbc;

    public JdbcKpis(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public KpiReport kpis(@Nullable LocalDate from, @Nullable LocalDate to, long snapshotId,
                          @Nullable Long analyticsRunId) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("from", from == null ? null : Date.valueOf(from));
        range.put("to", to == null ? null : Date.valueOf(to));
        Totals t = jdbc.sql("""
                SELECT count(*) AS customers, coalesce(sum(n), 0) AS orders, coalesce(sum(v), 0) AS revenue,
                       count(*) FILTER (WHERE n >= 2) AS repeaters
                FROM (SELECT customer_id, count(*) AS n, sum(order_value) AS v FROM orders o WHERE""" + RANGE
                + " GROUP BY customer_id) c").params(range)
                .query((rs, row) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getLong(4)))
                .single();
        double tenure = jdbc.sql("SELECT coalesce(avg(tenure_days), 0) FROM customer_features WHERE snapshot_id = ?")
                .param(snapshotId).query(Double.class).single();
        Map<String, Double> byChannel = new LinkedHashMap<>();
        Map<String, Double> byCategory = new LinkedHashMap<>();
        revenueByAttributes(range, byChannel, byCategory);
        return new KpiReport(from, to, t.customers, t.revenue, t.orders, KpiRatios.ratio(t.revenue, t.orders),
                KpiRatios.ratio(t.repeaters, t.customers), tenure, KpiRatios.ratio(t.orders, t.customers),
                byChannel, byCategory, monthly(range),
                analyticsRunId == null ? null : topDecile(analyticsRunId, range));
    }

    /**
     * Revenue by order channel and by order category ("unknown" for none), largest first: one pass over the orders
     * sums them per attribute combination, and only those few sums meet {@code order_attributes}.
     */
    private void revenueByAttributes(Map<String, Object> range, Map<String, Double> byChannel,
                                     Map<String, Double> byCategory) {
        jdbc.sql("""
                WITH combinations AS (
                    SELECT a.channel, a.category, r.v
                    FROM (SELECT attributes_id, sum(order_value) AS v FROM orders o WHERE""" + RANGE + """
                          GROUP BY attributes_id) r
                    LEFT JOIN order_attributes a USING (attributes_id))
                SELECT 'channel' AS dimension, coalesce(channel, 'unknown') AS k, sum(v) AS v
                FROM combinations GROUP BY 2
                UNION ALL
                SELECT 'category', coalesce(category, 'unknown'), sum(v) FROM combinations GROUP BY 2
                ORDER BY 1, 3 DESC""").params(range)
                .query(rs -> {
                    (rs.getString("dimension").equals("channel") ? byChannel : byCategory)
                            .put(rs.getString("k"), rs.getDouble("v"));
                });
    }

    private List<MonthRevenue> monthly(Map<String, Object> range) {
        return jdbc.sql("SELECT to_char(date_trunc('month', order_date), 'YYYY-MM') AS m, sum(order_value) AS v,"
                + " count(*) AS n FROM orders o WHERE" + RANGE + "GROUP BY 1 ORDER BY 1").params(range)
                .query((rs, row) -> new MonthRevenue(rs.getString("m"), rs.getDouble("v"), rs.getLong("n"))).list();
    }

    private @Nullable TopCustomers topDecile(long runId, Map<String, Object> range) {
        Map<String, Object> params = new LinkedHashMap<>(range);
        params.put("run", runId);
        return jdbc.sql("""
                WITH ranked AS (SELECT customer_id, clv, ntile(10) OVER (ORDER BY clv DESC, customer_id) AS d
                                FROM customer_analytics WHERE run_id = :run AND clv IS NOT NULL),
                     rev AS (SELECT customer_id, sum(order_value) AS r FROM orders o WHERE""" + RANGE + """
                             GROUP BY customer_id)
                SELECT count(*) FILTER (WHERE d = 1) AS n, coalesce(sum(clv) FILTER (WHERE d = 1), 0) AS top_clv,
                       coalesce(sum(clv), 0) AS all_clv, coalesce(sum(r) FILTER (WHERE d = 1), 0) AS top_rev,
                       (SELECT coalesce(sum(r), 0) FROM rev) AS all_rev
                FROM ranked LEFT JOIN rev USING (customer_id)""").params(params)
                .query((rs, row) -> rs.getLong("n") == 0 ? null : new TopCustomers(rs.getLong("n"),
                        rs.getDouble("top_clv"), KpiRatios.ratio(rs.getDouble("top_clv"), rs.getDouble("all_clv")),
                        rs.getDouble("top_rev"), KpiRatios.ratio(rs.getDouble("top_rev"), rs.getDouble("all_rev"))))
                .optional().orElse(null);
    }

    private record Totals(long customers, long orders, double revenue, long repeaters) {
    }
}
