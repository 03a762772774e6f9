package dev.clvops.deploy.api.predict;

import dev.clvops.deploy.api.ApiSettings;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The champion that predicts, chosen as the scoring job chooses: the configured family's champion, or among every
 * family's champion the one with the best primary metric (missing metric last, ties by family name).
 */
final class ChampionChoice {

    static final List<String> FAMILIES = List.of("bgnbd", "paretonbd", "baseline", "xgboost");

    private final ModelRegistry registry;
    private final ApiSettings.Predict settings;

    ChampionChoice(ModelRegistry registry, ApiSettings.Predict settings) {
        this.registry = registry;
        this.settings = settings;
    }

    Optional<ModelVersion> choose() {
        String family = settings.family();
        if (family != null && !family.isBlank()) {
            return registry.findByAlias(family, ModelRegistry.CHAMPION);
        }
        return FAMILIES.stream().map(f -> registry.findByAlias(f, ModelRegistry.CHAMPION)).flatMap(Optional::stream)
                .min(Comparator.comparingDouble(this::rank).thenComparing(ModelVersion::family));
    }

    private double rank(ModelVersion version) {
        Double value = version.metrics().get(settings.primaryMetric());
        if (value == null || value.isNaN()) {
            return Double.POSITIVE_INFINITY;
        }
        return settings.higherIsBetter() ? -value : value;
    }
}
