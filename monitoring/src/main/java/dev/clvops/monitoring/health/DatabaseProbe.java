package dev.clvops.monitoring.health;

import dev.clvops.platform.health.DatabaseStats;
import dev.clvops.platform.health.JobRunSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/** PostgreSQL's version and size, and the last execution of each Spring Batch job. */
final class DatabaseProbe {

    private static final String STATS = "SELECT current_setting('server_version'), pg_database_size(current_database())";
    private static final String LAST_RUNS = """
            SELECT DISTINCT ON (i.job_name) i.job_name, e.job_execution_id, e.status, e.exit_code, e.start_time,
                   e.end_time
            FROM batch_job_execution e JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
            ORDER BY i.job_name, e.job_execution_id DESC""";

    private final DataSource dataSource;

    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DatabaseStats stats() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(STATS);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return new DatabaseStats(true, row.getString(1), row.getLong(2), null);
        } catch (SQLException e) {
            return DatabaseStats.unreachable(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        }
    }

    /** The last run of each job by job name; empty when the database cannot be read. */
    List<JobRunSummary> lastJobRuns() {
        List<JobRunSummary> runs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(LAST_RUNS);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                runs.add(new JobRunSummary(row.getString(1), row.getLong(2), row.getString(3),
                        String.valueOf(row.getString(4)), instant(row.getTimestamp(5)), instant(row.getTimestamp(6))));
            }
            return runs;
        } catch (SQLException e) {
            return List.of();
        }
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
