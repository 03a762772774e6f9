package dev.clvops.reports.facts;

import dev.clvops.platform.analytics.ClvDistribution;
import dev.clvops.platform.analytics.ClvDistributionReader;
import dev.clvops.platform.analytics.PredictedCustomer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ClvDistributionReader} over the stored distribution and the run's CLV index joined to the predictions. */
public final class JdbcClvDistribution implements ClvDistributionReader {

    static final String HEADER = "customer_id,segment,tier,clv,clv_p10,clv_p90,p_alive,expected_purchases,"
            + "repeat_probability\n";
    private static final String ROWS = "SELECT a.customer_id, a.segment, a.tier, a.clv, p.clv_p10, p.clv_p90,"
            + " a.p_alive, " + PredictionSql.EXPECTED + " AS expected, " + PredictionSql.REPEAT + " AS repeat"
            + PredictionSql.FROM + " ORDER BY a.clv DESC NULLS LAST, a.customer_id LIMIT :limit OFFSET :offset";
    private final JdbcClient jdbc;
    private final StoredDistribution distributions;

    public JdbcClvDistribution(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.distributions = new StoredDistribution(jdbc);
    }

    @Override
    public Optional<ClvDistribution> distribution(long runId) {
        Run run = run(runId);
        return distributions.of(runId, run.snapshotId(), run.scoringRunId());
    }

    @Override
    public List<PredictedCustomer> customers(long runId, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + " / limit " + limit + " must not be negative");
        }
        return jdbc.sql(ROWS).params(params(runId, offset, limit)).query((rs, i) -> customer(rs)).list();
    }

    @Override
    public long exportCsv(long runId, long limit, Writer out) {
        long[] written = {0};
        try {
            out.write(HEADER);
            jdbc.sql(ROWS).params(params(runId, 0, limit)).withFetchSize(10_000).query(rs -> {
                write(customer(rs), out);
                written[0]++;
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the predicted CLV export of run " + runId, e);
        }
        return written[0];
    }

    private Map<String, Object> params(long runId, long offset, long limit) {
        Long scoring = run(runId).scoringRunId();
        return Map.of("run", runId, "scoring", scoring == null ? -1L : scoring, "offset", offset, "limit", limit);
    }

    private Run run(long runId) {
        return jdbc.sql("SELECT snapshot_id, scoring_run_id FROM analytics_runs WHERE run_id = ?").param(runId)
                .query((rs, i) -> new Run(rs.getLong(1), rs.getObject(2, Long.class))).optional()
                .orElseThrow(() -> new IllegalArgumentException("no analytics run " + runId));
    }

    private static PredictedCustomer customer(ResultSet rs) throws SQLException {
        return new PredictedCustomer(rs.getString("customer_id"), rs.getString("segment"), rs.getString("tier"),
                rs.getObject("clv", Double.class), rs.getObject("clv_p10", Double.class),
                rs.getObject("clv_p90", Double.class), rs.getObject("p_alive", Double.class),
                rs.getObject("expected", Double.class), rs.getObject("repeat", Double.class));
    }

    private static void write(PredictedCustomer c, Writer out) {
        try {
            out.write(String.join(",", CsvField.of(c.customerId()), CsvField.of(c.segment()), CsvField.of(c.tier()),
                    CsvField.of(c.clv()), CsvField.of(c.clvP10()), CsvField.of(c.clvP90()), CsvField.of(c.pAlive()),
                    CsvField.of(c.expectedPurchases()), CsvField.of(c.repeatProbability())) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Run(long snapshotId, @Nullable Long scoringRunId) {
    }
}
