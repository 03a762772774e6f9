package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.platform.model.TrainingSet;
import java.time.Instant;
import java.util.Map;

/** Builds the provenance of models fitted in this package. */
final class Provenances {

    /** BTYD fits are deterministic; the Pareto/NBD interval draws also use this seed. */
    static final long SEED = 0L;

    private Provenances() {
    }

    static ModelProvenance of(String family, TrainingSet set, Map<String, String> hyperParameters) {
        return new ModelProvenance(family, set.snapshot(), set.cutoff(), set.horizonDays(), set.featureSetVersion(),
                hyperParameters, SEED, codeVersion(), Instant.now());
    }

    /** The jar's Implementation-Version, or {@code dev} when run from classes. */
    static String codeVersion() {
        String version = Provenances.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
