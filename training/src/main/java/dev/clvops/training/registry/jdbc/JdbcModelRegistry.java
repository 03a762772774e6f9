package dev.clvops.training.registry.jdbc;

import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.platform.registry.RegistryUnavailableException;
import dev.clvops.platform.registry.RunId;
import dev.clvops.platform.registry.TrainingRun;
import dev.clvops.training.registry.JdbcPromotionLog;
import dev.clvops.training.registry.RunParams;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/** The embedded registry: everything in PostgreSQL, artifact files under a base directory. */
public final class JdbcModelRegistry implements ModelRegistry {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ArtifactFiles files;
    private final JdbcVersions versions;
    private final JdbcPromotionLog decisions;
    private final Clock clock;

    public JdbcModelRegistry(DataSource dataSource, Path artifactsDir, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.files = new ArtifactFiles(artifactsDir);
        this.versions = new JdbcVersions(jdbc);
        this.decisions = new JdbcPromotionLog(dataSource);
        this.clock = clock;
    }

    @Override
    public RunId logRun(TrainingRun run) {
        RunId id = new RunId(UUID.randomUUID().toString().replace("-", ""));
        return reachable(() -> transactions.execute(status -> {
            jdbc.sql("INSERT INTO registry_runs VALUES (?, ?, ?)")
                    .params(id.value(), run.family(), Timestamp.from(clock.instant())).update();
            RunParams.of(run.provenance()).forEach((name, value) ->
                    jdbc.sql("INSERT INTO registry_run_params VALUES (?, ?, ?)").params(id.value(), name, value).update());
            run.metrics().forEach((name, value) ->
                    jdbc.sql("INSERT INTO registry_run_metrics VALUES (?, ?, ?)").params(id.value(), name, value).update());
            for (ModelArtifact artifact : run.artifacts()) {
                String sha256 = files.write(id, artifact);
                jdbc.sql("INSERT INTO registry_run_artifacts VALUES (?, ?, ?, ?, ?)").params(id.value(),
                        artifact.fileName(), artifact.contentType(), artifact.bytes().length, sha256).update();
            }
            return id;
        }));
    }

    @Override
    public ModelVersion registerVersion(String family, RunId run) {
        int version = reachable(() -> transactions.execute(status -> {
            jdbc.sql("INSERT INTO registered_models VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(family, ModelRegistry.registeredModelName(family), Timestamp.from(clock.instant())).update();
            jdbc.sql("SELECT family FROM registered_models WHERE family = ? FOR UPDATE").param(family)
                    .query(String.class).single();
            return jdbc.sql("""
                    INSERT INTO model_versions SELECT ?, coalesce(max(version), 0) + 1, ?, ?
                    FROM model_versions WHERE family = ? RETURNING version""")
                    .params(family, run.value(), Timestamp.from(clock.instant()), family).query(Integer.class).single();
        }));
        return findVersion(family, version).orElseThrow();
    }

    @Override
    public void setAlias(String family, String alias, int version) {
        reachable(() -> jdbc.sql("""
                INSERT INTO model_aliases VALUES (?, ?, ?)
                ON CONFLICT (family, alias) DO UPDATE SET version = excluded.version""")
                .params(family, alias, version).update());
    }

    @Override
    public void deleteAlias(String family, String alias) {
        reachable(() -> jdbc.sql("DELETE FROM model_aliases WHERE family = ? AND alias = ?")
                .params(family, alias).update());
    }

    @Override
    public Optional<ModelVersion> findByAlias(String family, String alias) {
        return reachable(() -> jdbc.sql("SELECT version FROM model_aliases WHERE family = ? AND alias = ?")
                .params(family, alias).query(Integer.class).optional()).flatMap(v -> findVersion(family, v));
    }

    @Override
    public Optional<ModelVersion> findVersion(String family, int version) {
        return reachable(() -> versions.find(family, version));
    }

    @Override
    public List<ModelVersion> listVersions(String family) {
        return reachable(() -> versions.list(family));
    }

    @Override
    public Optional<ModelArtifact> downloadArtifact(String family, int version, String fileName) {
        return findVersion(family, version).flatMap(v -> reachable(() -> jdbc.sql(
                        "SELECT content_type FROM registry_run_artifacts WHERE run_id = ? AND file_name = ?")
                .params(v.runId().value(), fileName).query(String.class).optional())
                .map(type -> new ModelArtifact(fileName, files.read(v.runId(), fileName), type)));
    }

    @Override
    public void recordDecision(PromotionDecision decision) {
        reachable(() -> {
            decisions.record(decision);
            return decision;
        });
    }

    @Override
    public List<PromotionDecision> decisions(String family) {
        return reachable(() -> decisions.list(family));
    }

    private static <T> T reachable(Supplier<T> call) {
        try {
            return call.get();
        } catch (DataAccessResourceFailureException | CannotCreateTransactionException e) {
            throw new RegistryUnavailableException("embedded model registry database unreachable: "
                    + e.getMostSpecificCause().getMessage(), e);
        }
    }
}
