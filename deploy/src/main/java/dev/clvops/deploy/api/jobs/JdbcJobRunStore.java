package dev.clvops.deploy.api.jobs;

import dev.clvops.platform.health.JobRunSummary;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.jobs.JobRun;
import dev.clvops.platform.jobs.JobState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code job_runs}: every run's parameters, state, latest progress, result and error. It works on connections of its
 * own, never in a caller's transaction: progress is reported from inside job steps, whose connection may be in the
 * middle of a COPY, and whose rollback must not take the run's record with it.
 */
@Component
class JdbcJobRunStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String INSTANCE = ProcessHandle.current().pid() + "@" + hostName();

    /** A stored run with the API's extras: the last progress report and the result as JSON. */
    record StoredRun(JobRun run, @Nullable JobProgress progress, @Nullable JsonNode result) {
    }

    private final JdbcClient jdbc;

    JdbcJobRunStore(DataSource dataSource) {
        // a distinct DataSource object, so Spring's thread-bound transaction of the plain one is never joined
        this.jdbc = JdbcClient.create(new DelegatingDataSource(dataSource));
    }

    long insert(String kind, Map<String, String> parameters, Instant submittedAt) {
        return jdbc.sql("INSERT INTO job_runs (kind, parameters, status, submitted_at, instance)"
                        + " VALUES (?, ?::jsonb, 'QUEUED', ?, ?) RETURNING run_id")
                .params(kind, JSON.writeValueAsString(parameters), Timestamp.from(submittedAt), INSTANCE)
                .query(Long.class).single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM job_runs WHERE run_id = ?").param(id).update();
    }

    void started(long id, Instant startedAt) {
        jdbc.sql("UPDATE job_runs SET status = 'RUNNING', started_at = ? WHERE run_id = ? AND status = 'QUEUED'")
                .params(Timestamp.from(startedAt), id).update();
    }

    void stopping(long id) {
        jdbc.sql("UPDATE job_runs SET status = 'STOPPING' WHERE run_id = ?").param(id).update();
    }

    void progress(long id, JobProgress progress) {
        jdbc.sql("UPDATE job_runs SET progress = ?::jsonb, progress_percent = ?, progress_message = ?"
                        + " WHERE run_id = ?").params(JSON.writeValueAsString(progress), ProgressText.percent(progress),
                ProgressText.message(progress), id).update();
    }

    void finish(JobRecord record, @Nullable String resultJson) {
        JobProgress progress = record.progress;
        double percent = record.status == JobState.COMPLETED ? 100 : ProgressText.percent(progress);
        jdbc.sql("UPDATE job_runs SET status = ?, ended_at = ?, progress = ?::jsonb, progress_percent = ?,"
                        + " progress_message = ?, result = ?::jsonb, error = ? WHERE run_id = ?")
                .params(record.status.name(), Timestamp.from(record.finishedAt), progress == null ? null
                        : JSON.writeValueAsString(progress), percent, ProgressText.message(progress), resultJson,
                        record.error, record.id).update();
    }

    /**
     * Marks FAILED the unfinished runs of processes on this host that no longer exist (killed or crashed before the
     * run ended), so no run stays RUNNING forever. Runs of other hosts are left to their own instances.
     *
     * @return how many runs were marked
     */
    int failOrphans() {
        String host = hostName();
        int failed = 0;
        for (String instance : jdbc.sql("SELECT DISTINCT instance FROM job_runs WHERE status IN ('QUEUED', 'RUNNING',"
                + " 'STOPPING') AND instance LIKE ?").param("%@" + host).query(String.class).list()) {
            if (!alive(instance)) {
                failed += jdbc.sql("UPDATE job_runs SET status = 'FAILED', ended_at = now(), error = ? WHERE instance"
                        + " = ? AND status IN ('QUEUED', 'RUNNING', 'STOPPING')").params("The process that ran it ("
                        + instance + ") ended before the run did", instance).update();
            }
        }
        return failed;
    }

    private static boolean alive(String instance) {
        try {
            long pid = Long.parseLong(instance.substring(0, instance.indexOf('@')));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return true;
        }
    }

    Optional<StoredRun> find(long id) {
        return jdbc.sql("SELECT * FROM job_runs WHERE run_id = ?").param(id).query((rs, n) -> stored(rs)).optional();
    }

    List<StoredRun> recent(int limit) {
        return jdbc.sql("SELECT * FROM job_runs ORDER BY run_id DESC LIMIT ?").param(limit)
                .query((rs, n) -> stored(rs)).list();
    }

    List<JobRunSummary> batchExecutions(int limit) {
        return jdbc.sql("""
                SELECT i.job_name, e.job_execution_id, e.status, e.exit_code, e.start_time, e.end_time
                FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                ORDER BY e.job_execution_id DESC LIMIT ?""").param(limit).query((rs, n) -> new JobRunSummary(
                rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5), instant(rs, 6)))
                .list();
    }

    private static StoredRun stored(ResultSet rs) throws SQLException {
        String progress = rs.getString("progress");
        String result = rs.getString("result");
        JobRun run = new JobRun(rs.getLong("run_id"), rs.getString("kind"), JSON.readValue(rs.getString(
                "parameters"), new TypeReference<Map<String, String>>() { }),
                JobState.valueOf(rs.getString("status")), rs.getDouble("progress_percent"),
                rs.getString("progress_message"), instant(rs, "submitted_at"), instant(rs, "started_at"),
                instant(rs, "ended_at"), rs.getString("error"));
        return new StoredRun(run, progress == null ? null : JSON.readValue(progress, JobProgress.class),
                result == null ? null : JSON.readTree(result));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String hostName() {
        return System.getenv().getOrDefault("HOSTNAME", "localhost");
    }
}
