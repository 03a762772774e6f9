package dev.clvops.training.scoring;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Picks the model that scores: the champion of the configured family, or else, among the champions of every
 * family, the one with the best primary metric (champions without the metric rank last, ties go to the family
 * name, so the choice is deterministic).
 */
final class ChampionChoice {

    /** The families a champion is looked for in. */
    static final List<String> FAMILIES = List.of("bgnbd", "paretonbd", "baseline", "xgboost");

    private final ModelRegistry registry;
    private final ScoringSettings settings;

    ChampionChoice(ModelRegistry registry, ScoringSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    /** @throws NoSuchElementException when no family (or not the configured one) has a champion */
    ModelVersion choose() {
        String family = settings.family();
        if (family != null && !family.isBlank()) {
            return champion(family).orElseThrow(() -> new NoSuchElementException(
                    "family " + family + " has no champion model; train it first"));
        }
        return FAMILIES.stream().map(this::champion).flatMap(Optional::stream).min(bestFirst())
                .orElseThrow(() -> new NoSuchElementException("no family has a champion model; train first"));
    }

    private Optional<ModelVersion> champion(String family) {
        return registry.findByAlias(family, ModelRegistry.CHAMPION);
    }

    private Comparator<ModelVersion> bestFirst() {
        Comparator<ModelVersion> byMetric = Comparator.comparingDouble(this::rankValue);
        return byMetric.thenComparing(ModelVersion::family);
    }

    /** Smaller is better; a missing or NaN metric is +infinity. */
    private double rankValue(ModelVersion version) {
        Double value = version.metrics().get(settings.primaryMetric());
        if (value == null || value.isNaN()) {
            return Double.POSITIVE_INFINITY;
        }
        return settings.higherIsBetter() ? -value : value;
    }
}
