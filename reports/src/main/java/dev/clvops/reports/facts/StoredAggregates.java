package dev.clvops.reports.facts;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** A run's {@link CustomerAggregates} in {@code report_aggregates}: the stored ones, else computed now and stored. */
final class StoredAggregates {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final CustomerAggregateQueries queries;

    StoredAggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.queries = new CustomerAggregateQueries(jdbc);
    }

    CustomerAggregates of(long runId, long snapshotId, @Nullable Long scoringRunId) {
        return jdbc.sql("SELECT document::text FROM report_aggregates WHERE analytics_run_id = ?")
                .param(runId).query(String.class).optional()
                .map(json -> JSON.readValue(json, CustomerAggregates.class))
                .orElseGet(() -> store(runId, queries.compute(runId, snapshotId, scoringRunId)));
    }

    private CustomerAggregates store(long runId, CustomerAggregates computed) {
        jdbc.sql("INSERT INTO report_aggregates (analytics_run_id, document) VALUES (?, ?::jsonb)"
                + " ON CONFLICT (analytics_run_id) DO NOTHING").params(runId, JSON.writeValueAsString(computed))
                .update();
        return computed;
    }
}
