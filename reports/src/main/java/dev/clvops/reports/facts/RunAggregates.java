package dev.clvops.reports.facts;

import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analytics refresh's last step: computes and stores a run's {@link CustomerAggregates} and CLV distribution, so
 * the reports, the Executive summary and the CLV tab read them instead of scanning every customer per request.
 */
public final class RunAggregates {

    private final StoredAggregates aggregates;
    private final StoredDistribution distribution;

    public RunAggregates(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        this.aggregates = new StoredAggregates(jdbc);
        this.distribution = new StoredDistribution(jdbc);
    }

    /** Stores the aggregates of run {@code runId} (idempotent); returns the customers with a predicted CLV. */
    public long precompute(long runId, long snapshotId, @Nullable Long scoringRunId) {
        CustomerAggregates stored = aggregates.of(runId, snapshotId, scoringRunId);
        distribution.of(runId, snapshotId, scoringRunId);
        return stored.predicted();
    }
}
