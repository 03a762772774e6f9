package dev.clvops.reports.facts;

import dev.clvops.platform.analytics.ClvDistribution;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run's {@link ClvDistribution} as the {@code clv_distribution} document of {@code analytics_results}: the stored
 * one, else computed now (its histogram is the one of the run's {@link CustomerAggregates}) and stored.
 */
final class StoredDistribution {

    static final String KIND = "clv_distribution";
    private final JdbcClient jdbc;
    private final StoredAggregates aggregates;
    private final ClvDistributionQueries queries;

    StoredDistribution(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.aggregates = new StoredAggregates(jdbc);
        this.queries = new ClvDistributionQueries(jdbc);
    }

    Optional<ClvDistribution> of(long runId, long snapshotId, @Nullable Long scoringRunId) {
        if (scoringRunId == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT document::text FROM analytics_results WHERE run_id = ? AND kind = ?")
                .params(runId, KIND).query(String.class).optional()
                .map(json -> StoredAggregates.JSON.readValue(json, ClvDistribution.class))
                .or(() -> Optional.ofNullable(queries.compute(runId, scoringRunId,
                        aggregates.of(runId, snapshotId, scoringRunId).clvHistogram())).map(d -> store(runId, d)));
    }

    private ClvDistribution store(long runId, ClvDistribution computed) {
        jdbc.sql("INSERT INTO analytics_results (run_id, kind, document) VALUES (?, ?, ?::jsonb)"
                + " ON CONFLICT (run_id, kind) DO NOTHING")
                .params(runId, KIND, StoredAggregates.JSON.writeValueAsString(computed)).update();
        return computed;
    }
}
