package dev.clvops.reports.facts;

import dev.clvops.platform.analytics.ClvDistribution;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL passes behind {@link ClvDistribution}: one aggregate pass and one index range for the top 5%. */
final class ClvDistributionQueries {

    private final JdbcClient jdbc;

    ClvDistributionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The distribution of run {@code runId} scored by {@code scoringRunId}, null when no customer has a CLV. */
    @Nullable ClvDistribution compute(long runId, long scoringRunId, List<CustomerAggregates.Bin> histogram) {
        Map<String, Object> t = jdbc.sql("SELECT count(a.clv) AS n, avg(a.clv) AS mean, sum(a.clv) AS total,"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY a.clv) AS median,"
                + " percentile_cont(0.95) WITHIN GROUP (ORDER BY a.clv) AS p95,"
                + " avg(" + PredictionSql.REPEAT + ") AS repeat" + PredictionSql.FROM + " AND a.clv IS NOT NULL")
                .param("scoring", scoringRunId).param("run", runId).query().singleRow();
        long n = ((Number) t.get("n")).longValue();
        if (n == 0) {
            return null;
        }
        long top = topCount(n);
        Map<String, Object> topFive = jdbc.sql("SELECT avg(clv) AS mean, sum(clv) AS total FROM (SELECT clv"
                + " FROM customer_analytics WHERE run_id = ? AND clv IS NOT NULL ORDER BY clv DESC NULLS LAST,"
                + " customer_id LIMIT ?) t").params(runId, top).query().singleRow();
        double total = dbl(t, "total");
        int horizon = jdbc.sql("SELECT horizon_days FROM scoring_runs WHERE scoring_run_id = ?")
                .param(scoringRunId).query(Integer.class).single();
        return new ClvDistribution(n, horizon, dbl(t, "mean"), dbl(t, "median"), dbl(t, "p95"),
                dbl(topFive, "mean"), total == 0 ? 0 : dbl(topFive, "total") / total,
                t.get("repeat") == null ? null : dbl(t, "repeat"),
                histogram.stream().map(b -> new ClvDistribution.Bin(b.from(), b.to(), b.customers())).toList());
    }

    /** The top 5% of {@code customers}, at least one. */
    static long topCount(long customers) {
        return Math.max(1, (long) Math.ceil(customers * 0.05));
    }

    private static double dbl(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }
}
