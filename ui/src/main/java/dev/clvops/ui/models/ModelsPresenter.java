package dev.clvops.ui.models;

import dev.clvops.platform.model.EvaluationReader;
import dev.clvops.platform.model.FamilyEvaluation;
import dev.clvops.platform.model.TrainingEvaluation;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Lists the registry's versions and promotions and reads the latest training run's stored holdout evaluation. */
class ModelsPresenter {

    /** The model families the platform trains (each is registered as {@code clvops-<family>}). */
    static final List<String> FAMILIES = List.of("bgnbd", "paretonbd", "gammagamma", "xgboost", "baseline");

    private final ModelRegistry registry;
    private final EvaluationReader evaluations;

    ModelsPresenter(ModelRegistry registry, EvaluationReader evaluations) {
        this.registry = registry;
        this.evaluations = evaluations;
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

    Optional<TrainingEvaluation> evaluation() {
        return evaluations.latest();
    }

    /** The families that competed in the arena (they have holdout metrics), champion first. */
    static List<FamilyEvaluation> arena(TrainingEvaluation evaluation) {
        return evaluation.families().stream().filter(f -> !f.metrics().isEmpty())
                .sorted(Comparator.comparing((FamilyEvaluation f) -> !f.family().equals(evaluation.champion())))
                .toList();
    }

    /** The BTYD families with a tracking plot. */
    static List<FamilyEvaluation> tracked(TrainingEvaluation evaluation) {
        return evaluation.families().stream().filter(f -> !f.tracking().isEmpty()).toList();
    }

    /** The family with SHAP values (XGBoost), if it competed. */
    static Optional<FamilyEvaluation> explained(TrainingEvaluation evaluation) {
        return evaluation.families().stream().filter(f -> !f.shap().isEmpty() || !f.importance().isEmpty())
                .findFirst();
    }

    /** A metric as shown in the arena table: three decimals, "–" when missing or undefined. */
    static String metric(Map<String, Double> metrics, String name) {
        Double value = metrics.get(name);
        return value == null || value.isNaN() ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }
}
