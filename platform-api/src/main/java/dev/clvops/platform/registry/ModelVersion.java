package dev.clvops.platform.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One version of the registered model {@code clvops-<family>}, with its lineage.
 *
 * @param family the model family, e.g. {@code bgnbd}
 * @param version the version number, from 1; 0 while the registration is {@link RegistrationStatus#PENDING}
 * @param runId the training run the version was registered from; null while pending
 * @param aliases the aliases pointing at this version, e.g. {@code champion}
 * @param metrics the run's holdout metrics
 * @param params the run's parameters: the full provenance (see {@link ModelRegistry})
 * @param artifactNames the file names that {@link ModelRegistry#downloadArtifact} can fetch
 * @param createdAt when the version was registered (or queued, while pending)
 * @param status where the registration stands
 * @param statusMessage the last error while pending or failed, else null
 */
public record ModelVersion(String family, int version, @Nullable RunId runId, Set<String> aliases,
                           Map<String, Double> metrics, Map<String, String> params, List<String> artifactNames,
                           Instant createdAt, RegistrationStatus status, @Nullable String statusMessage) {

    public ModelVersion {
        aliases = Set.copyOf(aliases);
        metrics = Map.copyOf(metrics);
        params = Map.copyOf(params);
        artifactNames = List.copyOf(artifactNames);
    }

    /** The registered model's name in the registry. */
    public String registeredModelName() {
        return ModelRegistry.registeredModelName(family);
    }

    public boolean hasAlias(String alias) {
        return aliases.contains(alias);
    }
}
