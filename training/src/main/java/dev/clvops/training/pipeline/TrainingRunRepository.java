package dev.clvops.training.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code training_runs} documents, written step by step, and the {@code model_baselines} links. */
@Repository
class TrainingRunRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    TrainingRunRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    long start(Object request) {
        return jdbc.sql("INSERT INTO training_runs (status, request) VALUES ('RUNNING', ?::jsonb) RETURNING run_id")
                .param(json(request)).query(Long.class).single();
    }

    void snapshot(long runId, long snapshotId, long jobExecutionId) {
        jdbc.sql("UPDATE training_runs SET snapshot_id = ?, job_execution_id = ? WHERE run_id = ?")
                .params(snapshotId, jobExecutionId, runId).update();
    }

    /** Sets one JSON column ({@code gate}, {@code families}, {@code tracking}, {@code registry}, {@code promotion}). */
    void document(long runId, String column, Object document) {
        if (!java.util.Set.of("gate", "families", "tracking", "registry", "promotion", "durations").contains(column)) {
            throw new IllegalArgumentException("training_runs has no document column " + column);
        }
        jdbc.sql("UPDATE training_runs SET " + column + " = ?::jsonb WHERE run_id = ?").params(json(document), runId)
                .update();
    }

    void champion(long runId, @Nullable String family) {
        jdbc.sql("UPDATE training_runs SET champion = ? WHERE run_id = ?").params(family, runId).update();
    }

    void finish(long runId, String status) {
        jdbc.sql("UPDATE training_runs SET status = ?, finished_at = now() WHERE run_id = ?").params(status, runId)
                .update();
    }

    void fail(long runId, String message) {
        jdbc.sql("UPDATE training_runs SET status = 'FAILED', finished_at = now(), message = ? WHERE run_id = ?")
                .params(message, runId).update();
    }

    void baseline(String family, int version, long snapshotId, long runId) {
        jdbc.sql("""
                INSERT INTO model_baselines (family, model_version, snapshot_id, training_run_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (family, model_version) DO UPDATE SET snapshot_id = excluded.snapshot_id,
                    training_run_id = excluded.training_run_id, created_at = now()""")
                .params(family, version, snapshotId, runId).update();
    }

    static String json(Object document) {
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a training run document: " + e.getOriginalMessage(), e);
        }
    }
}
