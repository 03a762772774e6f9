package dev.clvops.reports.facts;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.reports.facts.CustomerAggregates.Bin;
import dev.clvops.reports.facts.CustomerAggregates.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL passes over a run's customers behind {@link CustomerAggregates}. */
final class CustomerAggregateQueries {

    static final int BINS = 12;
    private final JdbcClient jdbc;

    CustomerAggregateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CustomerAggregates compute(AnalyticsRun run) {
        return compute(run.runId(), run.snapshotId(), run.scoringRunId());
    }

    CustomerAggregates compute(long runId, long snapshotId, @Nullable Long scoringRunId) {
        long scoring = scoringRunId == null ? -1 : scoringRunId;
        Map<String, Object> t = jdbc.sql("""
                SELECT count(*) AS n, count(a.clv) AS predicted, sum(a.clv) AS clv, sum(p.clv_p10) AS p10,
                       sum(p.clv_p90) AS p90, count(p.clv_p10) AS with_interval, count(a.p_alive) AS with_alive,
                       count(*) FILTER (WHERE a.p_alive < :low) AS low_alive, count(*) FILTER (WHERE a.overdue) AS overdue,
                       percentile_cont(0.99) WITHIN GROUP (ORDER BY a.clv) AS p99
                FROM customer_analytics a
                LEFT JOIN customer_predictions p ON p.scoring_run_id = :scoring AND p.customer_id = a.customer_id
                WHERE a.run_id = :run""").param("low", CustomerAggregates.LOW_ALIVE).param("scoring", scoring)
                .param("run", runId).query().singleRow();
        List<List<Group>> groups = groups(runId, snapshotId);
        boolean interval = ((Number) t.get("with_interval")).longValue() > 0;
        return new CustomerAggregates(num(t, "n"), num(t, "predicted"), dbl(t, "clv"),
                interval ? dbl(t, "p10") : null, interval ? dbl(t, "p90") : null, num(t, "with_alive"),
                num(t, "low_alive"), num(t, "overdue"),
                groups.get(0).stream().mapToDouble(Group::spend).sum(), groups.get(0), groups.get(1),
                groups.get(2), histogram(runId, dbl(t, "p99")));
    }

    /** Segments, personas and tiers in one pass (grouping sets), joined to the snapshot's spend. */
    private List<List<Group>> groups(long runId, long snapshotId) {
        List<List<Group>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        jdbc.sql("""
                SELECT grouping(a.segment) + 2 * grouping(a.persona) AS g, coalesce(a.segment, a.persona, a.tier) AS name,
                       count(*) AS n, coalesce(sum(f.total_spend), 0) AS spend, sum(a.clv) AS clv
                FROM customer_analytics a
                JOIN customer_features f ON f.snapshot_id = :snapshot AND f.customer_id = a.customer_id
                WHERE a.run_id = :run
                GROUP BY GROUPING SETS ((a.segment), (a.persona), (a.tier))
                ORDER BY 5 DESC NULLS LAST, 4 DESC, 2""").param("snapshot", snapshotId).param("run", runId)
                .query(rs -> {
                    // grouping(x) is 1 when x is not in the row's set: 2 = segment, 1 = persona, 3 = tier
                    int g = rs.getInt("g");
                    int index = g == 2 ? 0 : g == 1 ? 1 : 2;
                    if (rs.getString("name") != null) {
                        groups.get(index).add(new Group(rs.getString("name"), rs.getLong("n"), rs.getDouble("spend"),
                                rs.getObject("clv", Double.class)));
                    }
                });
        return groups;
    }

    /** Bins up to the 99th percentile {@code p99} of the run's CLVs (null: no CLV), the last one open. */
    private List<Bin> histogram(long runId, @Nullable Double p99) {
        if (p99 == null) {
            return List.of();
        }
        double width = niceWidth(p99 / BINS);
        long[] counts = new long[BINS + 1];
        jdbc.sql("SELECT least(floor(greatest(clv, 0) / ?)::int, ?) AS b, count(*) AS n FROM customer_analytics"
                + " WHERE run_id = ? AND clv IS NOT NULL GROUP BY 1").params(width, BINS, runId)
                .query(rs -> {
                    counts[rs.getInt("b")] += rs.getLong("n");
                });
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b <= BINS; b++) {
            bins.add(new Bin(b * width, b == BINS ? null : (b + 1) * width, counts[b]));
        }
        return bins;
    }

    /** The smallest 1, 2, 2.5 or 5 times a power of ten at or above {@code raw}. */
    static double niceWidth(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= raw - 1e-12 * power) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static long num(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }

    private static @Nullable Double dbl(Map<String, Object> row, String key) {
        Object v = row.get(key);
        return v == null ? null : ((Number) v).doubleValue();
    }
}
