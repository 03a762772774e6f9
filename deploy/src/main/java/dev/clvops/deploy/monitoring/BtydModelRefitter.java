package dev.clvops.deploy.monitoring;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.monitoring.ModelRefitter;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.modelstore.ClvModelCodec;
import dev.clvops.training.probabilistic.BgNbdTrainer;
import dev.clvops.training.probabilistic.BtydClvTrainer;
import dev.clvops.training.probabilistic.ParetoNbdTrainer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ModelRefitter} for the BTYD families: the registered model is read from its artifact and the family
 * refitted (transactions + Gamma-Gamma) on the snapshot's recent acquisition cohort ({@link RefitWindow}) in days,
 * the unit training uses.
 */
final class BtydModelRefitter implements ModelRefitter {

    private static final Logger log = LoggerFactory.getLogger(BtydModelRefitter.class);

    /** The fitted parameters (BG/NBD, Pareto/NBD, Gamma-Gamma); fit diagnostics such as log-likelihood are left out. */
    private static final Set<String> PARAMETERS = Set.of("r", "alpha", "a", "b", "s", "beta", "spend.p", "spend.q",
            "spend.gamma");

    private final ModelRegistry registry;
    private final TrainingSetSource trainingSets;

    BtydModelRefitter(ModelRegistry registry, TrainingSetSource trainingSets) {
        this.registry = registry;
        this.trainingSets = trainingSets;
    }

    @Override
    public Optional<ParameterRefit> refit(String family, int version, SnapshotId snapshot, RefitWindow window) {
        BtydClvTrainer trainer = switch (family) {
            case BgNbdTrainer.FAMILY -> BtydClvTrainer.bgNbd();
            case ParetoNbdTrainer.FAMILY -> BtydClvTrainer.paretoNbd();
            default -> null;
        };
        if (trainer == null) {
            return Optional.empty();
        }
        byte[] bytes = registry.downloadArtifact(family, version, ClvModelCodec.FILE_NAME)
                .orElseThrow(() -> new IllegalStateException(family + " v" + version + " has no "
                        + ClvModelCodec.FILE_NAME)).bytes();
        return refit(ClvModelCodec.decode(family, bytes), trainer, trainingSets.load(snapshot, TimeUnit.DAYS), window);
    }

    /** The trained model's parameters next to the trainer's fit on the set's recent cohort; empty if too small. */
    static Optional<ParameterRefit> refit(ClvModel trained, BtydClvTrainer trainer, TrainingSet set,
                                          RefitWindow window) {
        TrainingSet recent = recentCohort(set, window.days());
        int customers = recent.rows().size();
        if (customers < window.minCustomers()) {
            log.info("Parameter drift skipped: {} customers acquired in the {} days before {} (snapshot {}), fewer"
                    + " than {}", customers, window.days(), set.cutoff(), set.snapshot().value(),
                    window.minCustomers());
            return Optional.empty();
        }
        try {
            return Optional.of(new ParameterRefit(parameters(trained), parameters(trainer.fit(recent)), customers));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a window the family cannot be fitted on (e.g. too few repeat buyers) has no parameters to compare
            log.warn("Cannot refit {} on the last {} days of snapshot {} for parameter drift: {}", trainer.family(),
                    window.days(), set.snapshot().value(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The customers whose first purchase is in (cutoff - days, cutoff], i.e. T < days, with their full history. */
    static TrainingSet recentCohort(TrainingSet set, int days) {
        if (set.unit() != TimeUnit.DAYS) {
            throw new IllegalArgumentException("recent cohort needs T in days, got " + set.unit());
        }
        return new TrainingSet(set.snapshot(), set.cutoff(), set.horizonDays(), set.featureSetVersion(), set.unit(),
                set.featureNames(), set.rows().stream().filter(row -> row.t() < days).toList());
    }

    private static Map<String, Double> parameters(ClvModel model) {
        return model.parameters().entrySet().stream().filter(entry -> PARAMETERS.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
