package dev.clvops.training.pipeline;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.RegistrationStatus;
import dev.clvops.training.arena.ClvArena;
import dev.clvops.training.modelstore.ClvModelCodec;
import dev.clvops.training.registry.PromotionGate;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code promote} step: the promotion gate decides on each registered version. The family's current champion
 * is downloaded, decoded and scored on this run's holdout, so challenger and champion are compared on the same
 * customers; when that is impossible (another horizon, an unreadable file) the gate falls back to the champion's
 * logged metric if it came from the same holdout, else keeps the champion.
 */
final class Promotion {

    private static final Logger LOG = LoggerFactory.getLogger(Promotion.class);

    private final ModelRegistry registry;
    private final PromotionGate gate;
    private final TrainingRunRepository runs;

    Promotion(ModelRegistry registry, PromotionGate gate, TrainingRunRepository runs) {
        this.registry = registry;
        this.gate = gate;
        this.runs = runs;
    }

    void promote(TrainingState state) {
        for (FamilyOutcome outcome : state.competitors()) {
            ModelVersion version = outcome.version;
            if (version != null && version.status() == RegistrationStatus.READY) {
                state.decisions.add(gate.decide(version, championOnHoldout(state, version)));
            }
        }
        runs.document(state.runId, "promotion", Documents.decisions(state.decisions));
    }

    private OptionalDouble championOnHoldout(TrainingState state, ModelVersion candidate) {
        String family = candidate.family();
        try {
            return registry.findByAlias(family, ModelRegistry.CHAMPION)
                    .filter(champion -> champion.version() != candidate.version())
                    .flatMap(champion -> registry.downloadArtifact(family, champion.version(), ClvModelCodec.FILE_NAME))
                    .map(file -> score(state, ClvModelCodec.decode(family, file.bytes())))
                    .orElse(OptionalDouble.empty());
        } catch (RuntimeException e) {
            LOG.warn("cannot score the {} champion on this holdout, the gate uses its logged metric: {}", family,
                    e.getMessage());
            return OptionalDouble.empty();
        }
    }

    private static OptionalDouble score(TrainingState state, ClvModel champion) {
        TrainingSet set = state.set();
        var metrics = new ClvArena(state.settings.arena())
                .compete(set.rows(), Map.of(champion.family(), ArenaRound.predict(champion, set)))
                .ranking().getFirst().metrics();
        double value = state.settings.primaryMetric().of(Objects.requireNonNull(metrics));
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }
}
