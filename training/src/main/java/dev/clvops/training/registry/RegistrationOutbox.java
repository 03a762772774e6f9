package dev.clvops.training.registry;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.TrainingRun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code pending_registrations} outbox: whole training runs (with artifact bytes) waiting for the registry. */
final class RegistrationOutbox {

    record Entry(long id, TrainingRun run, Instant queuedAt, int attempts, String lastError) {
    }

    private final JdbcClient jdbc;

    RegistrationOutbox(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    long queue(TrainingRun run, String error, Instant now) {
        ModelProvenance p = run.provenance();
        long id = jdbc.sql("""
                INSERT INTO pending_registrations (family, snapshot_id, cutoff, horizon_days, feature_set_version,
                    hyper_parameters, seed, code_version, trained_at, metrics, queued_at, attempts, last_attempt_at,
                    last_error) VALUES (?, ?, ?, ?, ?, jsonb_object(?::text[], ?::text[]), ?, ?, ?,
                    jsonb_object(?::text[], ?::text[]), ?, 1, ?, ?) RETURNING id""")
                .params(p.family(), p.snapshot().value(), p.cutoff(), p.horizonDays(), p.featureSetVersion(),
                        keys(p.hyperParameters()), values(p.hyperParameters()), p.seed(), p.codeVersion(),
                        Timestamp.from(p.trainedAt()), keys(run.metrics()), values(run.metrics()),
                        Timestamp.from(now), Timestamp.from(now), error)
                .query(Long.class).single();
        for (ModelArtifact a : run.artifacts()) {
            jdbc.sql("INSERT INTO pending_registration_artifacts VALUES (?, ?, ?, ?)")
                    .params(id, a.fileName(), a.contentType(), a.bytes()).update();
        }
        return id;
    }

    List<Entry> list() {
        return jdbc.sql("SELECT * FROM pending_registrations ORDER BY id").query((rs, row) -> entry(rs)).list();
    }

    void failedAgain(long id, String error, Instant now) {
        jdbc.sql("UPDATE pending_registrations SET attempts = attempts + 1, last_attempt_at = ?, last_error = ? "
                + "WHERE id = ?").params(Timestamp.from(now), error, id).update();
    }

    void remove(long id) {
        jdbc.sql("DELETE FROM pending_registrations WHERE id = ?").param(id).update();
    }

    private Entry entry(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        ModelProvenance provenance = new ModelProvenance(rs.getString("family"), new SnapshotId(rs.getLong("snapshot_id")),
                rs.getObject("cutoff", java.time.LocalDate.class), rs.getInt("horizon_days"),
                rs.getString("feature_set_version"), json(id, "hyper_parameters"), rs.getLong("seed"),
                rs.getString("code_version"), rs.getTimestamp("trained_at").toInstant());
        Map<String, Double> metrics = new LinkedHashMap<>();
        json(id, "metrics").forEach((name, value) -> metrics.put(name, Double.valueOf(value)));
        List<ModelArtifact> artifacts = jdbc.sql("SELECT file_name, content, content_type "
                        + "FROM pending_registration_artifacts WHERE pending_id = ? ORDER BY file_name").param(id)
                .query((a, row) -> new ModelArtifact(a.getString(1), a.getBytes(2), a.getString(3))).list();
        return new Entry(id, new TrainingRun(provenance, metrics, artifacts), rs.getTimestamp("queued_at").toInstant(),
                rs.getInt("attempts"), rs.getString("last_error"));
    }

    private Map<String, String> json(long id, String column) {
        Map<String, String> map = new LinkedHashMap<>();
        jdbc.sql("SELECT key, value FROM pending_registrations, jsonb_each_text(" + column + ") WHERE id = ?")
                .param(id).query(rs -> {
                    map.put(rs.getString(1), rs.getString(2));
                });
        return map;
    }

    private static String[] keys(Map<String, ?> map) {
        return map.keySet().toArray(String[]::new);
    }

    private static String[] values(Map<String, ?> map) {
        return map.values().stream().map(String::valueOf).toArray(String[]::new);
    }
}
