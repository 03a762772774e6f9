package dev.clvops.monitoring.scheduler;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code scheduler_runs}: a job's fire time belongs to the first instance that inserts it (primary key). */
final class JdbcScheduleClaims {

    private final JdbcTemplate jdbc;
    private final String instance;

    JdbcScheduleClaims(JdbcTemplate jdbc, String instance) {
        this.jdbc = jdbc;
        this.instance = instance;
    }

    boolean claim(String job, Instant fireTime) {
        return jdbc.update("INSERT INTO scheduler_runs (job_name, fire_time, instance, status)"
                + " VALUES (?, ?, ?, 'RUNNING') ON CONFLICT DO NOTHING", job, Timestamp.from(fireTime), instance) == 1;
    }

    void finish(String job, Instant fireTime, boolean completed, String message) {
        jdbc.update("UPDATE scheduler_runs SET status = ?, message = ?, finished_at = now()"
                + " WHERE job_name = ? AND fire_time = ?", completed ? "COMPLETED" : "FAILED", message, job,
                Timestamp.from(fireTime));
    }
}
