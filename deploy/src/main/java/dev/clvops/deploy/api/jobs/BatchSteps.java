package dev.clvops.deploy.api.jobs;

import dev.clvops.deploy.api.JdbcValues;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Step executions of the first Spring Batch execution of a job created since a job of ours started. */
@Component
class BatchSteps {

    private final JdbcClient jdbc;

    BatchSteps(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    List<Map<String, Object>> since(String jobName, Instant startedAt) {
        return JdbcValues.rows(jdbc.sql("""
                SELECT s.job_execution_id, s.step_name, s.status, s.read_count, s.write_count, s.filter_count,
                       s.read_skip_count, s.process_skip_count, s.write_skip_count, s.commit_count,
                       s.start_time, s.end_time
                FROM batch_step_execution s
                WHERE s.job_execution_id = (
                    SELECT e.job_execution_id FROM batch_job_execution e
                    JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id
                    WHERE i.job_name = ? AND e.create_time >= ? ORDER BY e.job_execution_id LIMIT 1)
                ORDER BY s.step_execution_id""").params(jobName, Timestamp.from(startedAt.minusSeconds(1))));
    }
}
