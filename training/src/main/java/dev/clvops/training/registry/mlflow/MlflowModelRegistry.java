package dev.clvops.training.registry.mlflow;

import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.platform.registry.RunId;
import dev.clvops.platform.registry.TrainingRun;
import dev.clvops.training.registry.JdbcPromotionLog;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mlflow.api.proto.ModelRegistry.CreateModelVersion;
import org.mlflow.api.proto.ModelRegistry.CreateRegisteredModel;
import org.mlflow.api.proto.ModelRegistry.DeleteRegisteredModelAlias;
import org.mlflow.api.proto.ModelRegistry.GetModelVersionByAlias;
import org.mlflow.api.proto.ModelRegistry.SetModelVersionTag;
import org.mlflow.api.proto.ModelRegistry.SetRegisteredModelAlias;

/**
 * The MLflow registry. Runs go to experiment {@code clvops} with the provenance as params and the artifacts under
 * the run's {@code model/} directory; versions of {@code clvops-<family>} point their source at that directory.
 * Decisions are kept in PostgreSQL (listable, with numbers) and tagged {@code clvops.promotion} on the version.
 */
public final class MlflowModelRegistry implements ModelRegistry {

    static final String MODEL_DIR = "model";

    private final MlflowTracking tracking;
    private final MlflowRest rest;
    private final MlflowRuns runs;
    private final JdbcPromotionLog decisions;

    public MlflowModelRegistry(URI url, String experimentName, Duration timeout, JdbcPromotionLog decisions,
                               Clock clock) {
        this.tracking = new MlflowTracking(url);
        this.rest = new MlflowRest(url, timeout);
        this.runs = new MlflowRuns(tracking, rest, experimentName, clock);
        this.decisions = decisions;
    }

    @Override
    public RunId logRun(TrainingRun run) {
        return runs.log(run);
    }

    @Override
    public ModelVersion registerVersion(String family, RunId run) {
        String name = ModelRegistry.registeredModelName(family);
        try {
            rest.send("POST", "registered-models/create", CreateRegisteredModel.newBuilder().setName(name).build(),
                    CreateRegisteredModel.Response.newBuilder());
        } catch (MlflowRejection e) {
            if (!e.isErrorCode("RESOURCE_ALREADY_EXISTS")) {
                throw e;
            }
        }
        String source = runs.artifactUri(run) + "/" + MODEL_DIR;
        var created = rest.send("POST", "model-versions/create", CreateModelVersion.newBuilder().setName(name)
                .setSource(source).setRunId(run.value()).build(), CreateModelVersion.Response.newBuilder());
        int version = Integer.parseInt(created.getModelVersion().getVersion());
        return findVersion(family, version).orElseThrow(() -> new IllegalStateException(
                "MLflow created " + name + " v" + version + " but cannot find it"));
    }

    @Override
    public void setAlias(String family, String alias, int version) {
        rest.send("POST", "registered-models/alias", SetRegisteredModelAlias.newBuilder()
                .setName(ModelRegistry.registeredModelName(family)).setAlias(alias)
                .setVersion(Integer.toString(version)).build(), SetRegisteredModelAlias.Response.newBuilder());
    }

    @Override
    public void deleteAlias(String family, String alias) {
        try {
            rest.send("DELETE", "registered-models/alias", DeleteRegisteredModelAlias.newBuilder()
                    .setName(ModelRegistry.registeredModelName(family)).setAlias(alias).build(),
                    DeleteRegisteredModelAlias.Response.newBuilder());
        } catch (MlflowRejection e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }

    @Override
    public Optional<ModelVersion> findByAlias(String family, String alias) {
        // the Java client has no alias look-up, so this read goes over REST
        String query = "name=" + encode(ModelRegistry.registeredModelName(family)) + "&alias=" + encode(alias);
        return rest.find("registered-models/alias", query, GetModelVersionByAlias.Response.newBuilder())
                .map(found -> runs.toVersion(found.getModelVersion()));
    }

    @Override
    public Optional<ModelVersion> findVersion(String family, int version) {
        return tracking.version(ModelRegistry.registeredModelName(family), version).map(runs::toVersion);
    }

    @Override
    public List<ModelVersion> listVersions(String family) {
        return tracking.versions(ModelRegistry.registeredModelName(family)).stream()
                .sorted(Comparator.comparingInt((org.mlflow.api.proto.ModelRegistry.ModelVersion v) ->
                        Integer.parseInt(v.getVersion())).reversed())
                .map(v -> findVersion(family, Integer.parseInt(v.getVersion())).orElseThrow())
                .toList();
    }

    @Override
    public Optional<ModelArtifact> downloadArtifact(String family, int version, String fileName) {
        return findVersion(family, version).flatMap(v -> runs.download(v, fileName));
    }

    @Override
    public void recordDecision(PromotionDecision decision) {
        decisions.record(decision);
        String value = (decision.promoted() ? "promoted: " : "kept champion: ") + decision.reason();
        rest.send("POST", "model-versions/set-tag", SetModelVersionTag.newBuilder()
                .setName(ModelRegistry.registeredModelName(decision.family()))
                .setVersion(Integer.toString(decision.candidateVersion())).setKey("clvops.promotion")
                .setValue(value).build(), SetModelVersionTag.Response.newBuilder());
    }

    @Override
    public List<PromotionDecision> decisions(String family) {
        return decisions.list(family);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
