package dev.clvops.ui.models;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import java.util.Comparator;
import java.util.List;

/** Lists the registry's versions and promotion decisions over the platform's model families. */
class ModelsPresenter {

    /** The model families the platform trains (each is registered as {@code clvops-<family>}). */
    static final List<String> FAMILIES = List.of("bgnbd", "paretonbd", "gammagamma", "xgboost", "baseline");

    private final ModelRegistry registry;

    ModelsPresenter(ModelRegistry registry) {
        this.registry = registry;
    }

    /** Every version of every family, newest first. */
    List<ModelVersion> versions() {
        return FAMILIES.stream().flatMap(family -> registry.listVersions(family).stream())
                .sorted(Comparator.comparing(ModelVersion::createdAt).reversed()).toList();
    }

    /** Every promotion decision, newest first. */
    List<PromotionDecision> decisions() {
        return FAMILIES.stream().flatMap(family -> registry.decisions(family).stream())
                .sorted(Comparator.comparing(PromotionDecision::decidedAt).reversed()).toList();
    }
}
