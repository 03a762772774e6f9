package dev.clvops.training.registry.jdbc;

import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.RegistrationStatus;
import dev.clvops.platform.registry.RunId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads model versions with their aliases, metrics, parameters and artifact names. */
final class JdbcVersions {

    private record Row(String family, int version, String runId, java.time.Instant createdAt) {
    }

    private final JdbcClient jdbc;

    JdbcVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ModelVersion> find(String family, int version) {
        return jdbc.sql("SELECT family, version, run_id, created_at FROM model_versions WHERE family = ? AND version = ?")
                .params(family, version).query(this::row).optional().map(this::version);
    }

    List<ModelVersion> list(String family) {
        return jdbc.sql("SELECT family, version, run_id, created_at FROM model_versions WHERE family = ? "
                        + "ORDER BY version DESC").param(family).query(this::row).list().stream()
                .map(this::version).toList();
    }

    private Row row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant());
    }

    private ModelVersion version(Row row) {
        Set<String> aliases = Set.copyOf(jdbc.sql("SELECT alias FROM model_aliases WHERE family = ? AND version = ?")
                .params(row.family(), row.version()).query(String.class).list());
        Map<String, Double> metrics = new LinkedHashMap<>();
        jdbc.sql("SELECT name, value FROM registry_run_metrics WHERE run_id = ?").param(row.runId())
                .query(rs -> {
                    metrics.put(rs.getString(1), rs.getDouble(2));
                });
        Map<String, String> params = new LinkedHashMap<>();
        jdbc.sql("SELECT name, value FROM registry_run_params WHERE run_id = ?").param(row.runId())
                .query(rs -> {
                    params.put(rs.getString(1), rs.getString(2));
                });
        List<String> artifacts = jdbc.sql("SELECT file_name FROM registry_run_artifacts WHERE run_id = ? "
                + "ORDER BY file_name").param(row.runId()).query(String.class).list();
        return new ModelVersion(row.family(), row.version(), new RunId(row.runId()), aliases, metrics, params,
                artifacts, row.createdAt(), RegistrationStatus.READY, null);
    }
}
