package dev.clvops.deploy.monitoring;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.model.ClvModel;
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
 * {@link ModelRefitter} for the BTYD families: the registered model is read from its artifact, the family refitted
 * (transactions + Gamma-Gamma) on the snapshot in days, the unit training uses.
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

    private static Map<String, Double> parameters(ClvModel model) {
        return model.parameters().entrySet().stream().filter(entry -> PARAMETERS.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public Optional<ParameterRefit> refit(String family, int version, SnapshotId snapshot) {
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
        ClvModel trained = ClvModelCodec.decode(family, bytes);
        try {
            ClvModel refitted = trainer.fit(trainingSets.load(snapshot, TimeUnit.DAYS));
            return Optional.of(new ParameterRefit(parameters(trained), parameters(refitted)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a snapshot the family cannot be fitted on (e.g. too few repeat buyers) has no parameters to compare
            log.warn("Cannot refit {} on snapshot {} for parameter drift: {}", family, snapshot.value(),
                    e.getMessage());
            return Optional.empty();
        }
    }
}
