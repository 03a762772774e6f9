package dev.clvops.reports.analytics;

import dev.clvops.platform.analytics.AnalyticsRun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rows of {@code analytics_runs} and the JSONB documents of {@code analytics_results}. */
final class JdbcAnalyticsRuns {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    JdbcAnalyticsRuns(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    long start(long snapshotId, @Nullable Long scoringRunId) {
        return jdbc.sql("INSERT INTO analytics_runs (snapshot_id, scoring_run_id, status) VALUES (?, ?, 'RUNNING')"
                + " RETURNING run_id").params(snapshotId, scoringRunId).query(Long.class).single();
    }

    void finish(long runId, String status, long customers, Map<String, Long> durations, @Nullable String message) {
        jdbc.sql("UPDATE analytics_runs SET status = ?, customers = ?, durations_ms = ?::jsonb, message = ?,"
                + " finished_at = now() WHERE run_id = ?")
                .params(status, customers, JSON.writeValueAsString(durations), message, runId).update();
    }

    /** Removes what a failed run stored, keeping the run row with its reason. */
    void discard(long runId) {
        jdbc.sql("DELETE FROM customer_analytics WHERE run_id = ?").param(runId).update();
        jdbc.sql("DELETE FROM analytics_results WHERE run_id = ?").param(runId).update();
    }

    void store(long runId, String kind, Object document) {
        jdbc.sql("INSERT INTO analytics_results (run_id, kind, document) VALUES (?, ?, ?::jsonb)")
                .params(runId, kind, JSON.writeValueAsString(document)).update();
    }

    <T> T document(long runId, String kind, Class<T> type) {
        String json = jdbc.sql("SELECT document::text FROM analytics_results WHERE run_id = ? AND kind = ?")
                .params(runId, kind).query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " for analytics run " + runId));
        return JSON.readValue(json, type);
    }

    Optional<AnalyticsRun> run(long runId) {
        return jdbc.sql("SELECT * FROM analytics_runs WHERE run_id = ?").param(runId)
                .query((rs, row) -> run(rs)).optional();
    }

    Optional<AnalyticsRun> latestCompleted() {
        return jdbc.sql("SELECT * FROM analytics_runs WHERE status = 'COMPLETED' ORDER BY run_id DESC LIMIT 1")
                .query((rs, row) -> run(rs)).optional();
    }

    private static AnalyticsRun run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        Map<String, Long> durations = JSON.readValue(rs.getString("durations_ms"), new TypeReference<>() { });
        return new AnalyticsRun(rs.getLong("run_id"), rs.getLong("snapshot_id"),
                rs.getObject("scoring_run_id", Long.class), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getLong("customers"), durations, rs.getString("message"));
    }
}
