package dev.clvops.training.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clvops.platform.model.EvaluationReader;
import dev.clvops.platform.model.FamilyEvaluation;
import dev.clvops.platform.model.TrainingEvaluation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes {@code model_evaluations} during the arena step and reads a run's evaluation back: metrics, deciles and
 * tracking from the {@code training_runs} documents, the rest from {@code model_evaluations}.
 */
@Repository
public class JdbcModelEvaluations implements EvaluationReader {

    static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    JdbcModelEvaluations(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Stores (or replaces) one family's evaluation of training run {@code trainingRunId}. */
    public void store(long trainingRunId, String family, HoldoutEvaluation evaluation) {
        jdbc.sql("""
                INSERT INTO model_evaluations (training_run_id, family, document) VALUES (?, ?, ?::jsonb)
                ON CONFLICT (training_run_id, family) DO UPDATE SET document = excluded.document""")
                .params(trainingRunId, family, write(evaluation)).update();
    }

    @Override
    public Optional<TrainingEvaluation> latest() {
        return jdbc.sql("SELECT max(run_id) FROM training_runs WHERE status IN ('COMPLETED',"
                + " 'COMPLETED_REGISTRY_PENDING') AND champion IS NOT NULL").query(Long.class).optional()
                .flatMap(this::evaluation);
    }

    @Override
    public Optional<TrainingEvaluation> evaluation(long trainingRunId) {
        return jdbc.sql("SELECT run_id, finished_at, champion, families::text AS families,"
                + " coalesce(tracking, '{}'::jsonb)::text AS tracking, coalesce(registry, '{}'::jsonb)::text AS registry"
                + " FROM training_runs"
                + " WHERE run_id = ? AND finished_at IS NOT NULL AND champion IS NOT NULL").param(trainingRunId)
                .query((rs, i) -> evaluation(rs)).optional();
    }

    private TrainingEvaluation evaluation(ResultSet rs) throws SQLException {
        long runId = rs.getLong("run_id");
        Map<String, HoldoutEvaluation> stored = new HashMap<>();
        jdbc.sql("SELECT family, document::text FROM model_evaluations WHERE training_run_id = ?").param(runId)
                .query(row -> {
                    stored.put(row.getString(1), read(row.getString(2)));
                });
        JsonNode families = tree(rs.getString("families"));
        JsonNode tracking = tree(rs.getString("tracking"));
        JsonNode versions = tree(rs.getString("registry")).path("versions");
        List<FamilyEvaluation> evaluations = new ArrayList<>();
        families.properties().forEach(entry -> evaluations.add(FamilyDocuments.family(entry.getKey(),
                entry.getValue(), tracking.path(entry.getKey()), versions.path(entry.getKey()),
                stored.get(entry.getKey()))));
        return new TrainingEvaluation(runId, rs.getTimestamp("finished_at").toInstant(), rs.getString("champion"),
                evaluations);
    }

    private static String write(HoldoutEvaluation evaluation) {
        try {
            return JSON.writeValueAsString(evaluation);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a holdout evaluation: " + e.getOriginalMessage(), e);
        }
    }

    private static HoldoutEvaluation read(String json) {
        try {
            return JSON.readValue(json, HoldoutEvaluation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable model_evaluations document: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable training_runs document: " + e.getOriginalMessage(), e);
        }
    }
}
