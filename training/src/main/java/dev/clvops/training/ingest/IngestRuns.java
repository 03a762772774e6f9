package dev.clvops.training.ingest;

import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code ingest_runs} table: starting, failing, abandoning and summarising runs. */
final class IngestRuns {

    /** A completed earlier run of the same content. */
    record PriorRun(long runId, long rowsRead, IngestFormat format) {
    }

    private final JdbcTemplate jdbc;

    IngestRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks runs still RUNNING as ABANDONED and drops their staged rows; returns their ids. */
    List<Long> abandonStale() {
        List<Long> stale = jdbc.queryForList("""
                UPDATE ingest_runs SET status = 'ABANDONED', finished_at = now(),
                    message = 'abandoned: still RUNNING when the next ingest started (process died)'
                WHERE status = 'RUNNING' RETURNING run_id""", Long.class);
        for (long runId : stale) {
            jdbc.update("DELETE FROM ingest_staged_rows WHERE run_id = ?", runId);
        }
        return stale;
    }

    Optional<PriorRun> original(String sha256) {
        return jdbc.query("""
                SELECT COALESCE(repeat_of, run_id) AS original, rows_read, format FROM ingest_runs
                WHERE file_sha256 = ? AND status = 'COMPLETED' ORDER BY run_id LIMIT 1""",
                (rs, i) -> new PriorRun(rs.getLong(1), rs.getLong(2), IngestFormat.fromCliName(rs.getString(3))),
                sha256).stream().findFirst();
    }

    long start(String fileName, FileFingerprint print, IngestFormat format) {
        return jdbc.queryForObject("""
                INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status)
                VALUES (?, ?, ?, ?, 'RUNNING') RETURNING run_id""", Long.class,
                fileName, print.sha256(), print.bytes(), format.cliName());
    }

    long recordRepeat(String fileName, FileFingerprint print, PriorRun prior) {
        return jdbc.queryForObject("""
                INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status, finished_at, rows_read,
                                         duplicates, repeat_of, message)
                VALUES (?, ?, ?, ?, 'COMPLETED', now(), ?, ?, ?, ?) RETURNING run_id""", Long.class,
                fileName, print.sha256(), print.bytes(), prior.format().cliName(), prior.rowsRead(),
                prior.rowsRead(), prior.runId(), "same content as run " + prior.runId() + "; nothing added");
    }

    void recordFailed(String fileName, FileFingerprint print, IngestFormat format, String message) {
        jdbc.update("""
                INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status, finished_at, message)
                VALUES (?, ?, ?, ?, 'FAILED', now(), ?)""",
                fileName, print.sha256(), print.bytes(), format.cliName(), message);
    }

    void markFailed(long runId, String message) {
        jdbc.update("UPDATE ingest_runs SET status = 'FAILED', finished_at = now(), message = ? WHERE run_id = ?",
                message, runId);
        jdbc.update("DELETE FROM ingest_staged_rows WHERE run_id = ?", runId);
    }

    void attachJobExecution(long runId, long jobExecutionId) {
        jdbc.update("UPDATE ingest_runs SET job_execution_id = ? WHERE run_id = ?", jobExecutionId, runId);
    }

    IngestSummary summary(long runId) {
        Map<String, Long> reasons = new HashMap<>();
        jdbc.query("SELECT key, value::bigint FROM ingest_runs, jsonb_each_text(reasons) WHERE run_id = ?",
                rs -> {
                    reasons.put(rs.getString(1), rs.getLong(2));
                }, runId);
        return jdbc.queryForObject("""
                SELECT run_id, file_name, format, rows_read, loaded, duplicates, quarantined, customers,
                       repeat_of IS NOT NULL FROM ingest_runs WHERE run_id = ?""",
                (rs, i) -> new IngestSummary(rs.getLong(1), rs.getString(2), IngestFormat.fromCliName(rs.getString(3)),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), reasons,
                        rs.getBoolean(9)), runId);
    }
}
