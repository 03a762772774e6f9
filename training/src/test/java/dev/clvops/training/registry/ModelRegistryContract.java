package dev.clvops.training.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.platform.registry.RegistrationStatus;
import dev.clvops.platform.registry.RunId;
import dev.clvops.platform.testing.TestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link ModelRegistry} adapter shares; subclasses give a reachable and an unreachable one. */
public abstract class ModelRegistryContract {

    protected final Clock clock = Clock.systemUTC();
    protected String family;

    /** A registry backed by the real store. */
    protected abstract ModelRegistry registry();

    /** The same adapter pointed at a closed port. */
    protected abstract ModelRegistry unreachableRegistry();

    @BeforeEach
    void cleanStore() {
        TestDatabase.truncateAll();
        family = "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void registersALoggedRunAsVersionOneWithItsFullProvenanceAndMetrics() {
        RunId run = registry().logRun(TrainingRuns.run(family, 12.5));

        ModelVersion version = registry().registerVersion(family, run);

        assertThat(version.version()).isEqualTo(1);
        assertThat(version.runId()).isEqualTo(run);
        assertThat(version.registeredModelName()).isEqualTo("clvops-" + family);
        assertThat(version.status()).isEqualTo(RegistrationStatus.READY);
        assertThat(version.metrics()).containsEntry("rmse", 12.5).containsEntry("mae", 6.25);
        assertThat(version.params()).containsEntry("snapshot_id", "7").containsEntry("cutoff", "1997-09-30")
                .containsEntry("horizon_days", "180").containsEntry("feature_set_version", "fs-2")
                .containsEntry("seed", "42").containsEntry("code_version", "0.1.0-test")
                .containsEntry("hp.penalizer", "0.001").containsEntry("hp.max_iterations", "200");
        assertThat(RunParams.toProvenance(version.params())).isEqualTo(TrainingRuns.provenance(family, 7));
        assertThat(version.artifactNames()).containsExactlyInAnyOrder("model.bin", "feature-schema.json",
                "evaluation.csv");
    }

    @Test
    void listsEveryVersionNewestFirstWithItsAliases() {
        registry().register(TrainingRuns.run(family, 12.0));
        registry().register(TrainingRuns.run(family, 11.0));
        registry().register(TrainingRuns.run(family, 10.0));
        registry().setAlias(family, ModelRegistry.CHAMPION, 2);

        List<ModelVersion> versions = registry().listVersions(family);

        assertThat(versions).extracting(ModelVersion::version).containsExactly(3, 2, 1);
        assertThat(versions).extracting(v -> v.metrics().get("rmse")).containsExactly(10.0, 11.0, 12.0);
        assertThat(versions.get(1).aliases()).containsExactly(ModelRegistry.CHAMPION);
        assertThat(versions.get(0).aliases()).isEmpty();
    }

    @Test
    void movesAnAliasToAnotherVersionAndDeletesIt() {
        registry().register(TrainingRuns.run(family, 12.0));
        registry().register(TrainingRuns.run(family, 11.0));

        registry().setAlias(family, ModelRegistry.CHALLENGER, 1);
        registry().setAlias(family, ModelRegistry.CHALLENGER, 2);

        assertThat(registry().findByAlias(family, ModelRegistry.CHALLENGER)).map(ModelVersion::version).contains(2);
        assertThat(registry().findVersion(family, 1).orElseThrow().aliases()).isEmpty();
        registry().deleteAlias(family, ModelRegistry.CHALLENGER);
        assertThat(registry().findByAlias(family, ModelRegistry.CHALLENGER)).isEmpty();
        assertThat(registry().findVersion(family, 9)).isEmpty();
    }

    @Test
    void downloadsExactlyTheBytesThatWereLogged() {
        registry().register(TrainingRuns.run(family, 12.0));

        ModelArtifact model = registry().downloadArtifact(family, 1, "model.bin").orElseThrow();
        ModelArtifact evaluation = registry().downloadArtifact(family, 1, "evaluation.csv").orElseThrow();

        assertThat(model.bytes()).isEqualTo(TrainingRuns.modelBytes(12000));
        assertThat(model.contentType()).isEqualTo("application/octet-stream");
        assertThat(evaluation).isEqualTo(TrainingRuns.run(family, 12.0).artifacts().get(2));
        assertThat(registry().downloadArtifact(family, 1, "missing.bin")).isEmpty();
    }

    @Test
    void queuesTheRegistrationWhileTheRegistryIsUnreachableAndRegistersItOnRetry() {
        var offline = new ResilientModelRegistry(unreachableRegistry(), TestDatabase.dataSource(), clock);

        ModelVersion queued = offline.register(TrainingRuns.run(family, 12.0));
        List<ModelVersion> stillQueued = offline.retryPending();

        assertThat(queued.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(queued.statusMessage()).contains("unreachable");
        assertThat(stillQueued).isEmpty();
        assertThat(offline.pendingRegistrations()).singleElement()
                .satisfies(p -> assertThat(p.metrics()).containsEntry("rmse", 12.0))
                .satisfies(p -> assertThat(p.statusMessage()).contains("unreachable"));

        var online = new ResilientModelRegistry(registry(), TestDatabase.dataSource(), clock);
        List<ModelVersion> registered = online.retryPending();

        assertThat(registered).singleElement().satisfies(v -> {
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.status()).isEqualTo(RegistrationStatus.READY);
            assertThat(RunParams.toProvenance(v.params())).isEqualTo(TrainingRuns.provenance(family, 7));
        });
        assertThat(online.pendingRegistrations()).isEmpty();
        assertThat(registry().downloadArtifact(family, 1, "model.bin").orElseThrow().bytes())
                .isEqualTo(TrainingRuns.modelBytes(12000));
    }

    @Test
    void promotesTheFirstVersionDirectlyBecauseThereIsNoChampion() {
        PromotionGate gate = new PromotionGate(registry(), rmseGate(0.5), clock);

        PromotionDecision decision = gate.publish(TrainingRuns.run(family, 12.0), OptionalDouble.empty()).orElseThrow();

        assertThat(decision.promoted()).isTrue();
        assertThat(decision.championVersion()).isNull();
        assertThat(decision.championValue()).isNull();
        assertThat(decision.candidateValue()).isEqualTo(12.0);
        assertThat(registry().findByAlias(family, ModelRegistry.CHAMPION)).map(ModelVersion::version).contains(1);
        assertThat(registry().findByAlias(family, ModelRegistry.CHALLENGER)).isEmpty();
    }

    @Test
    void promotesAChallengerThatBeatsTheChampionByMoreThanTheMargin() {
        PromotionGate gate = new PromotionGate(registry(), rmseGate(0.5), clock);
        gate.publish(TrainingRuns.run(family, 12.0), OptionalDouble.empty());

        PromotionDecision decision = gate.publish(TrainingRuns.run(family, 11.0), OptionalDouble.empty()).orElseThrow();

        assertThat(decision).extracting(PromotionDecision::promoted, PromotionDecision::candidateVersion,
                PromotionDecision::championVersion, PromotionDecision::candidateValue, PromotionDecision::championValue,
                PromotionDecision::margin).containsExactly(true, 2, 1, 11.0, 12.0, 0.5);
        assertThat(registry().findByAlias(family, ModelRegistry.CHAMPION)).map(ModelVersion::version).contains(2);
        assertThat(registry().findByAlias(family, ModelRegistry.CHALLENGER)).isEmpty();
    }

    @Test
    void keepsTheChampionWhenTheChallengerIsBetterByLessThanTheMargin() {
        PromotionGate gate = new PromotionGate(registry(), rmseGate(0.5), clock);
        gate.publish(TrainingRuns.run(family, 12.0), OptionalDouble.empty());

        PromotionDecision decision = gate.publish(TrainingRuns.run(family, 11.75), OptionalDouble.empty()).orElseThrow();

        assertThat(decision.promoted()).isFalse();
        assertThat(decision.reason()).contains("does not beat champion v1 by 0.25");
        assertThat(registry().findByAlias(family, ModelRegistry.CHAMPION)).map(ModelVersion::version).contains(1);
        assertThat(registry().findByAlias(family, ModelRegistry.CHALLENGER)).map(ModelVersion::version).contains(2);
        assertThat(registry().decisions(family)).extracting(PromotionDecision::candidateVersion,
                PromotionDecision::promoted).containsExactly(tuple(2, false), tuple(1, true));
    }

    @Test
    void comparesOnTheSameHoldoutOnly() {
        PromotionGate gate = new PromotionGate(registry(), rmseGate(0.5), clock);
        gate.publish(TrainingRuns.run(family, 7, 12.0), OptionalDouble.empty());

        PromotionDecision unknown = gate.publish(TrainingRuns.run(family, 8, 5.0), OptionalDouble.empty()).orElseThrow();
        PromotionDecision rescored = gate.publish(TrainingRuns.run(family, 8, 5.0), OptionalDouble.of(6.0)).orElseThrow();

        assertThat(unknown.promoted()).isFalse();
        assertThat(unknown.reason()).contains("snapshot 7").contains("snapshot 8");
        assertThat(rescored).extracting(PromotionDecision::promoted, PromotionDecision::championValue)
                .containsExactly(true, 6.0);
        assertThat(registry().findByAlias(family, ModelRegistry.CHAMPION)).map(ModelVersion::version).contains(3);
    }

    private static PromotionPolicy rmseGate(double margin) {
        return new PromotionPolicy("rmse", PromotionPolicy.Direction.LOWER_IS_BETTER, margin);
    }
}
