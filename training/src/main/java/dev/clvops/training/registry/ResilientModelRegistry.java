package dev.clvops.training.registry;

import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.platform.registry.RegistrationStatus;
import dev.clvops.platform.registry.RegistryUnavailableException;
import dev.clvops.platform.registry.RunId;
import dev.clvops.platform.registry.TrainingRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps a registry so that training completes while it is unreachable: {@link #register} queues the whole run in
 * the PostgreSQL outbox {@code pending_registrations} and answers {@link RegistrationStatus#PENDING} with the error;
 * {@link #retryPending} replays the queue oldest first and stops at the first run that still cannot get through.
 * Everything else is passed straight to the wrapped registry.
 */
public final class ResilientModelRegistry implements ModelRegistry {

    private static final Logger log = LoggerFactory.getLogger(ResilientModelRegistry.class);

    private final ModelRegistry delegate;
    private final RegistrationOutbox outbox;
    private final Clock clock;

    public ResilientModelRegistry(ModelRegistry delegate, DataSource outboxDataSource, Clock clock) {
        this.delegate = delegate;
        this.outbox = new RegistrationOutbox(outboxDataSource);
        this.clock = clock;
    }

    @Override
    public ModelVersion register(TrainingRun run) {
        try {
            return delegate.register(run);
        } catch (RegistryUnavailableException e) {
            outbox.queue(run, e.getMessage(), clock.instant());
            log.warn("model registry unreachable, queued the {} run for retry: {}", run.family(), e.getMessage());
            return pending(run, clock.instant(), e.getMessage());
        }
    }

    @Override
    public List<ModelVersion> pendingRegistrations() {
        return outbox.list().stream().map(e -> pending(e.run(), e.queuedAt(), e.lastError())).toList();
    }

    @Override
    public List<ModelVersion> retryPending() {
        List<ModelVersion> registered = new ArrayList<>();
        for (RegistrationOutbox.Entry entry : outbox.list()) {
            try {
                registered.add(delegate.register(entry.run()));
                outbox.remove(entry.id());
            } catch (RegistryUnavailableException e) {
                outbox.failedAgain(entry.id(), e.getMessage(), clock.instant());
                log.warn("model registry still unreachable, {} registration(s) pending: {}",
                        outbox.list().size(), e.getMessage());
                break;
            }
        }
        return List.copyOf(registered);
    }

    private static ModelVersion pending(TrainingRun run, java.time.Instant queuedAt, String error) {
        List<String> names = run.artifacts().stream().map(ModelArtifact::fileName).toList();
        return new ModelVersion(run.family(), 0, null, Set.of(), run.metrics(), RunParams.of(run.provenance()),
                names, queuedAt, RegistrationStatus.PENDING, error);
    }

    @Override
    public RunId logRun(TrainingRun run) {
        return delegate.logRun(run);
    }

    @Override
    public ModelVersion registerVersion(String family, RunId run) {
        return delegate.registerVersion(family, run);
    }

    @Override
    public void setAlias(String family, String alias, int version) {
        delegate.setAlias(family, alias, version);
    }

    @Override
    public void deleteAlias(String family, String alias) {
        delegate.deleteAlias(family, alias);
    }

    @Override
    public Optional<ModelVersion> findByAlias(String family, String alias) {
        return delegate.findByAlias(family, alias);
    }

    @Override
    public Optional<ModelVersion> findVersion(String family, int version) {
        return delegate.findVersion(family, version);
    }

    @Override
    public List<ModelVersion> listVersions(String family) {
        return delegate.listVersions(family);
    }

    @Override
    public Optional<ModelArtifact> downloadArtifact(String family, int version, String fileName) {
        return delegate.downloadArtifact(family, version, fileName);
    }

    @Override
    public void recordDecision(PromotionDecision decision) {
        delegate.recordDecision(decision);
    }

    @Override
    public List<PromotionDecision> decisions(String family) {
        return delegate.decisions(family);
    }
}
