package dev.clvops.training.registry;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.platform.registry.RegistrationStatus;
import dev.clvops.platform.registry.TrainingRun;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Champion/challenger gate. Every newly registered version becomes {@code challenger}; it takes {@code champion}
 * only when its primary metric beats the champion's on the same holdout by more than the policy's margin. The first
 * version of a family (no champion yet) is promoted directly. A promoted version loses the {@code challenger} alias.
 * Every decision is recorded with its numbers.
 */
public final class PromotionGate {

    private final ModelRegistry registry;
    private final PromotionPolicy policy;
    private final Clock clock;

    public PromotionGate(ModelRegistry registry, PromotionPolicy policy, Clock clock) {
        this.registry = registry;
        this.policy = policy;
        this.clock = clock;
    }

    /** Registers the run and, once registered, decides; empty while the registration is pending. */
    public Optional<PromotionDecision> publish(TrainingRun run, OptionalDouble championOnSameHoldout) {
        ModelVersion version = registry.register(run);
        if (version.status() != RegistrationStatus.READY) {
            return Optional.empty();
        }
        return Optional.of(decide(version, championOnSameHoldout));
    }

    /** Retries queued registrations (the scheduler calls this) and decides on each version registered now. */
    public List<PromotionDecision> retryPending() {
        return registry.retryPending().stream().map(v -> decide(v, OptionalDouble.empty())).toList();
    }

    /**
     * Decides on a registered candidate. {@code championOnSameHoldout} is the champion's metric re-computed on the
     * candidate's holdout; when absent, the champion's logged metric is used if it was evaluated on the same holdout
     * (same snapshot, cutoff and horizon), and the champion is kept otherwise.
     */
    public PromotionDecision decide(ModelVersion candidate, OptionalDouble championOnSameHoldout) {
        registry.setAlias(candidate.family(), ModelRegistry.CHALLENGER, candidate.version());
        double candidateValue = metric(candidate);
        Optional<ModelVersion> champion = registry.findByAlias(candidate.family(), ModelRegistry.CHAMPION)
                .filter(c -> c.version() != candidate.version());
        PromotionDecision decision = champion
                .map(c -> compare(candidate, candidateValue, c, championOnSameHoldout))
                .orElseGet(() -> decision(candidate, candidateValue, null, null, true,
                        "no champion yet: the first version is promoted directly"));
        if (decision.promoted()) {
            registry.setAlias(candidate.family(), ModelRegistry.CHAMPION, candidate.version());
            registry.deleteAlias(candidate.family(), ModelRegistry.CHALLENGER);
        }
        registry.recordDecision(decision);
        return decision;
    }

    private PromotionDecision compare(ModelVersion candidate, double candidateValue, ModelVersion champion,
                                      OptionalDouble championOnSameHoldout) {
        String holdout = RunParams.holdout(candidate.params());
        if (championOnSameHoldout.isEmpty() && !holdout.equals(RunParams.holdout(champion.params()))) {
            return decision(candidate, candidateValue, champion.version(), null, false,
                    "champion v" + champion.version() + " was evaluated on " + RunParams.holdout(champion.params())
                            + ", not on " + holdout + "; its score on this holdout is needed, champion kept");
        }
        double championValue = championOnSameHoldout.orElseGet(() -> metric(champion));
        double improvement = policy.improvement(candidateValue, championValue);
        boolean promoted = improvement > policy.margin();
        String reason = String.format("%s %s v%d by %.6g on %s (%s, margin %.6g)", policy.metric(),
                promoted ? "beats champion" : "does not beat champion", champion.version(), improvement, holdout,
                policy.direction(), policy.margin());
        return decision(candidate, candidateValue, champion.version(), championValue, promoted, reason);
    }

    private PromotionDecision decision(ModelVersion candidate, double candidateValue, @Nullable Integer championVersion,
                                       @Nullable Double championValue, boolean promoted, String reason) {
        return new PromotionDecision(candidate.family(), candidate.version(), championVersion, policy.metric(),
                candidateValue, championValue, policy.margin(), promoted, reason, clock.instant());
    }

    private double metric(ModelVersion version) {
        Double value = version.metrics().get(policy.metric());
        if (value == null || value.isNaN()) {
            throw new IllegalStateException(version.registeredModelName() + " v" + version.version()
                    + " has no value for the primary metric '" + policy.metric() + "': " + version.metrics());
        }
        return value;
    }
}
