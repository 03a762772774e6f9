package dev.clvops.platform.registry;

import dev.clvops.platform.model.ModelProvenance;
import java.util.List;
import java.util.Map;

/**
 * One finished training run, as handed to the registry.
 *
 * @param provenance where the model came from; logged in full as run parameters (see {@link ModelRegistry})
 * @param metrics holdout metrics by name, e.g. {@code rmse}, {@code mae}
 * @param artifacts the model file, the feature schema and the evaluation tables
 */
public record TrainingRun(ModelProvenance provenance, Map<String, Double> metrics, List<ModelArtifact> artifacts) {

    public TrainingRun {
        metrics = Map.copyOf(metrics);
        artifacts = List.copyOf(artifacts);
        long distinct = artifacts.stream().map(ModelArtifact::fileName).distinct().count();
        if (distinct != artifacts.size()) {
            throw new IllegalArgumentException("artifact file names must be unique: " + artifacts);
        }
    }

    /** The model family, from the provenance. */
    public String family() {
        return provenance.family();
    }
}
