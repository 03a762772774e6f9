package dev.clvops.training.registry.mlflow;

import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.RegistrationStatus;
import dev.clvops.platform.registry.RunId;
import dev.clvops.platform.registry.TrainingRun;
import dev.clvops.training.registry.RunParams;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mlflow.api.proto.Service.CreateRun;
import org.mlflow.api.proto.Service.Metric;
import org.mlflow.api.proto.Service.Param;
import org.mlflow.api.proto.Service.Run;
import org.mlflow.api.proto.Service.RunStatus;
import org.mlflow.api.proto.Service.RunTag;

/** Logs runs (tracking via the client, artifacts via the REST proxy) and reads them back into model versions. */
final class MlflowRuns {

    private static final String FAMILY_TAG = "clvops.family";
    private static final String CONTENT_TYPE_TAG = "clvops.content_type.";

    private final MlflowTracking tracking;
    private final MlflowRest rest;
    private final String experimentName;
    private final Clock clock;
    private volatile String experimentId;

    MlflowRuns(MlflowTracking tracking, MlflowRest rest, String experimentName, Clock clock) {
        this.tracking = tracking;
        this.rest = rest;
        this.experimentName = experimentName;
        this.clock = clock;
    }

    RunId log(TrainingRun run) {
        long now = clock.millis();
        String runId = tracking.call("create run", () -> tracking.client().createRun(CreateRun.newBuilder()
                .setExperimentId(experimentId()).setRunName(run.family() + "-" + run.provenance().trainedAt())
                .setStartTime(now).build()).getRunId());
        List<Param> params = RunParams.of(run.provenance()).entrySet().stream()
                .map(p -> Param.newBuilder().setKey(p.getKey()).setValue(p.getValue()).build()).toList();
        List<Metric> metrics = run.metrics().entrySet().stream().map(m -> Metric.newBuilder().setKey(m.getKey())
                .setValue(m.getValue()).setTimestamp(now).setStep(0).build()).toList();
        List<RunTag> tags = new java.util.ArrayList<>(List.of(tag(FAMILY_TAG, run.family())));
        run.artifacts().forEach(a -> tags.add(tag(CONTENT_TYPE_TAG + a.fileName(), a.contentType())));
        tracking.call("log run " + runId, () -> {
            tracking.client().logBatch(runId, metrics, params, tags);
            return runId;
        });
        String base = artifactPath(tracking.run(runId));
        run.artifacts().forEach(a -> rest.upload(base + "/" + MlflowModelRegistry.MODEL_DIR + "/" + a.fileName(),
                a.bytes(), a.contentType()));
        tracking.call("end run " + runId, () -> {
            tracking.client().setTerminated(runId, RunStatus.FINISHED, clock.millis());
            return runId;
        });
        return new RunId(runId);
    }

    String artifactUri(RunId run) {
        return tracking.run(run.value()).getInfo().getArtifactUri();
    }

    ModelVersion toVersion(org.mlflow.api.proto.ModelRegistry.ModelVersion version) {
        Run run = tracking.run(version.getRunId());
        Map<String, String> params = new LinkedHashMap<>();
        run.getData().getParamsList().forEach(p -> params.put(p.getKey(), p.getValue()));
        Map<String, Double> metrics = new LinkedHashMap<>();
        run.getData().getMetricsList().forEach(m -> metrics.put(m.getKey(), m.getValue()));
        List<String> artifacts = run.getData().getTagsList().stream().map(RunTag::getKey)
                .filter(key -> key.startsWith(CONTENT_TYPE_TAG)).map(key -> key.substring(CONTENT_TYPE_TAG.length()))
                .sorted().toList();
        String family = params.getOrDefault("family", version.getName().replaceFirst("^clvops-", ""));
        RegistrationStatus status = switch (version.getStatus()) {
            case READY -> RegistrationStatus.READY;
            case PENDING_REGISTRATION -> RegistrationStatus.PENDING;
            default -> RegistrationStatus.FAILED;
        };
        String message = version.getStatusMessage().isEmpty() ? null : version.getStatusMessage();
        return new ModelVersion(family, Integer.parseInt(version.getVersion()), new RunId(version.getRunId()),
                Set.copyOf(version.getAliasesList()), metrics, params, artifacts,
                Instant.ofEpochMilli(version.getCreationTimestamp()), status, message);
    }

    Optional<ModelArtifact> download(ModelVersion version, String fileName) {
        Run run = tracking.run(version.runId().value());
        Optional<String> contentType = run.getData().getTagsList().stream()
                .filter(t -> t.getKey().equals(CONTENT_TYPE_TAG + fileName)).map(RunTag::getValue).findFirst();
        if (contentType.isEmpty()) {
            return Optional.empty();
        }
        return rest.download(artifactPath(run) + "/" + MlflowModelRegistry.MODEL_DIR + "/" + fileName)
                .map(bytes -> new ModelArtifact(fileName, bytes, contentType.get()));
    }

    /** {@code mlflow-artifacts:/1/<run>/artifacts} (or with a host) gives the proxy path {@code 1/<run>/artifacts}. */
    private static String artifactPath(Run run) {
        String uri = run.getInfo().getArtifactUri();
        if (!uri.startsWith("mlflow-artifacts:")) {
            throw new IllegalStateException("MLflow run " + run.getInfo().getRunId() + " stores artifacts at " + uri
                    + "; start the server with --serve-artifacts so artifacts go through its proxy");
        }
        return URI.create(uri).getPath().replaceAll("^/+", "");
    }

    private String experimentId() {
        if (experimentId == null) {
            experimentId = tracking.call("find experiment " + experimentName, () -> tracking.client()
                    .getExperimentByName(experimentName).map(e -> e.getExperimentId())
                    .orElseGet(() -> tracking.client().createExperiment(experimentName)));
        }
        return experimentId;
    }

    private static RunTag tag(String key, String value) {
        return RunTag.newBuilder().setKey(key).setValue(value).build();
    }
}
