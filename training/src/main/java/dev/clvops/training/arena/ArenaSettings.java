package dev.clvops.training.arena;

/**
 * How the arena picks its champion.
 *
 * @param primary the metric that ranks families
 * @param tieBreak the metric that decides between families equal on the primary metric (then the family name)
 */
public record ArenaSettings(ArenaMetric primary, ArenaMetric tieBreak) {

    /** Normalized Gini (higher is better), ties broken by decile MAPE (lower is better). */
    public static ArenaSettings defaults() {
        return new ArenaSettings(ArenaMetric.NORMALIZED_GINI, ArenaMetric.DECILE_MAPE);
    }
}
