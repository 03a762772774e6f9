package dev.clvops.training.pipeline;

import dev.clvops.training.arena.ArenaMetric;
import dev.clvops.training.arena.ArenaSettings;
import dev.clvops.training.registry.PromotionPolicy;
import java.util.List;
import java.util.Locale;

/**
 * How training runs: deploy binds these from {@code clvops.training.*}.
 *
 * @param primaryMetric the arena's and the promotion gate's metric
 * @param promotionMargin the improvement on the primary metric a challenger needs to become champion
 * @param defaultHorizonDays the target window when a request names none
 * @param families the families fitted when a request names none
 * @param seed the seed when a request names none
 */
public record TrainingSettings(ArenaMetric primaryMetric, double promotionMargin, int defaultHorizonDays,
                               List<String> families, long seed) {

    public static final List<String> ALL_FAMILIES = List.of("bgnbd", "paretonbd", "gammagamma", "xgboost", "baseline");

    public TrainingSettings {
        families = List.copyOf(families);
        if (defaultHorizonDays < 1) {
            throw new IllegalArgumentException("the default training horizon must be at least a day: "
                    + defaultHorizonDays);
        }
        families.forEach(TrainingSettings::requireKnown);
    }

    /** Normalized Gini, margin 0.01, 180 days, every family, seed 42. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(ArenaMetric.NORMALIZED_GINI, 0.01, 180, ALL_FAMILIES, 42L);
    }

    /** The metric's name as logged with runs, e.g. {@code normalized_gini}. */
    public static String metricName(ArenaMetric metric) {
        return metric.name().toLowerCase(Locale.ROOT);
    }

    static void requireKnown(String family) {
        if (!ALL_FAMILIES.contains(family)) {
            throw new IllegalArgumentException("unknown model family '" + family + "' (known: "
                    + String.join(", ", ALL_FAMILIES) + ")");
        }
    }

    ArenaSettings arena() {
        ArenaMetric tieBreak = primaryMetric == ArenaMetric.DECILE_MAPE ? ArenaMetric.NORMALIZED_GINI
                : ArenaMetric.DECILE_MAPE;
        return new ArenaSettings(primaryMetric, tieBreak);
    }

    public PromotionPolicy promotionPolicy() {
        return new PromotionPolicy(metricName(primaryMetric), primaryMetric.higherIsBetter()
                ? PromotionPolicy.Direction.HIGHER_IS_BETTER : PromotionPolicy.Direction.LOWER_IS_BETTER,
                promotionMargin);
    }
}
