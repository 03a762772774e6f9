package dev.clvops.training.scoring;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.modelstore.ClvModelCodec;
import java.util.Locale;
import java.util.NoSuchElementException;

/** Loads a champion's model file from the registry and decodes it. */
final class ChampionModels {

    private final ModelRegistry registry;

    ChampionModels(ModelRegistry registry) {
        this.registry = registry;
    }

    ClvModel load(Champion champion) {
        ModelArtifact file = registry.downloadArtifact(champion.family(), champion.version(), ClvModelCodec.FILE_NAME)
                .orElseThrow(() -> new NoSuchElementException("model " + champion.family() + " version "
                        + champion.version() + " has no " + ClvModelCodec.FILE_NAME + " in the registry"));
        return ClvModelCodec.decode(champion.family(), file.bytes());
    }

    /** The unit recency and T were in when the model was fitted (its {@code unit} hyper-parameter; else days). */
    static TimeUnit unit(ClvModel model) {
        String unit = model.provenance().hyperParameters().get("unit");
        return unit == null ? TimeUnit.DAYS : TimeUnit.valueOf(unit.toUpperCase(Locale.ROOT));
    }
}
