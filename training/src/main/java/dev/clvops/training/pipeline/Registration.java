package dev.clvops.training.pipeline;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.RegistrationStatus;
import dev.clvops.platform.registry.TrainingRun;
import dev.clvops.training.xgboost.XgboostClvModel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code register} step: logs each arena family as a run (provenance as params, the arena's metrics, the model
 * file and evaluation tables as artifacts) and registers it as the next version of {@code clvops-<family>}. An
 * unreachable registry queues the run (the run's registry status says so); registered versions are linked to their
 * training snapshot in {@code model_baselines}.
 */
final class Registration {

    private final ModelRegistry registry;
    private final TrainingRunRepository runs;

    Registration(ModelRegistry registry, TrainingRunRepository runs) {
        this.registry = registry;
        this.runs = runs;
    }

    void register(TrainingState state) {
        for (FamilyOutcome outcome : state.competitors()) {
            ClvModel model = Objects.requireNonNull(outcome.model);
            TrainingSet fittedOn = outcome.family.equals(XgboostClvModel.FAMILY)
                    ? Objects.requireNonNull(state.xgboostSet) : state.set();
            ModelVersion version = registry.register(new TrainingRun(model.provenance(), finite(outcome.metrics),
                    RunArtifacts.of(outcome, fittedOn, state.snapshot())));
            outcome.version = version;
            if (version.status() == RegistrationStatus.READY) {
                runs.baseline(outcome.family, version.version(), model.provenance().snapshot().value(), state.runId);
            } else {
                state.registryStatus = version.status() + ": " + version.statusMessage();
            }
        }
        runs.document(state.runId, "registry", Documents.registry(state));
    }

    /** Registries store numbers; a metric that is undefined on this holdout (NaN) is left out. */
    private static Map<String, Double> finite(Map<String, Double> metrics) {
        Map<String, Double> finite = new LinkedHashMap<>();
        metrics.forEach((name, value) -> {
            if (Double.isFinite(value)) {
                finite.put(name, value);
            }
        });
        return finite;
    }
}
