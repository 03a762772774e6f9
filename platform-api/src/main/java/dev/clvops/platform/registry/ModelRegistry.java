package dev.clvops.platform.registry;

import java.util.List;
import java.util.Optional;

/**
 * Port: logs training runs, registers their models as versions of {@code clvops-<family>}, moves the
 * {@code champion}/{@code challenger} aliases and keeps the promotion decisions.
 *
 * <p>A run's parameters are its full provenance under these keys: {@code family}, {@code snapshot_id},
 * {@code cutoff} (ISO date), {@code horizon_days}, {@code feature_set_version}, {@code seed},
 * {@code code_version}, {@code trained_at} (ISO instant) and one {@code hp.<name>} per hyper-parameter.
 *
 * <p>Connection failures surface as {@link RegistryUnavailableException}; a resilient implementation queues
 * {@link #register(TrainingRun)} instead and lists the queue in {@link #pendingRegistrations()}.
 */
public interface ModelRegistry {

    String CHAMPION = "champion";
    String CHALLENGER = "challenger";

    /** The registered model's name for a family: {@code clvops-<family>}. */
    static String registeredModelName(String family) {
        return "clvops-" + family;
    }

    /** Logs a finished run: parameters, metrics and artifacts. */
    RunId logRun(TrainingRun run);

    /** Registers the run's model as the next version of {@code clvops-<family>}, creating the model if needed. */
    ModelVersion registerVersion(String family, RunId run);

    /** Logs the run and registers it; a resilient registry returns a {@link RegistrationStatus#PENDING} version. */
    default ModelVersion register(TrainingRun run) {
        return registerVersion(run.family(), logRun(run));
    }

    /** Points the alias at the version, moving it from any other version of the family. */
    void setAlias(String family, String alias, int version);

    /** Removes the alias from the family; nothing happens when it is not set. */
    void deleteAlias(String family, String alias);

    Optional<ModelVersion> findByAlias(String family, String alias);

    Optional<ModelVersion> findVersion(String family, int version);

    /** All registered versions of the family, newest first, with aliases, metrics and lineage. */
    List<ModelVersion> listVersions(String family);

    /** One artifact of the version's run, by file name; empty when the run has no such file. */
    Optional<ModelArtifact> downloadArtifact(String family, int version, String fileName);

    void recordDecision(PromotionDecision decision);

    /** The family's promotion decisions, newest first. */
    List<PromotionDecision> decisions(String family);

    /** Registrations queued because the registry was unreachable, oldest first; empty for registries that never queue. */
    default List<ModelVersion> pendingRegistrations() {
        return List.of();
    }

    /** Retries the queued registrations; returns the versions registered now (none for registries that never queue). */
    default List<ModelVersion> retryPending() {
        return List.of();
    }
}
