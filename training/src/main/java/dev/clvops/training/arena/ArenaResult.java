package dev.clvops.training.arena;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one arena run.
 *
 * @param settings how the champion was chosen
 * @param ranking every family, best first
 */
public record ArenaResult(ArenaSettings settings, List<FamilyMetrics> ranking) {

    public ArenaResult {
        if (ranking.isEmpty()) {
            throw new IllegalArgumentException("an arena result needs at least one family");
        }
        ranking = List.copyOf(ranking);
    }

    /** The best family by the settings. */
    public String champion() {
        return ranking.getFirst().family();
    }

    /** Metrics by family, best first. */
    public Map<String, HoldoutMetrics> metricsByFamily() {
        var byFamily = new LinkedHashMap<String, HoldoutMetrics>();
        ranking.forEach(entry -> byFamily.put(entry.family(), entry.metrics()));
        return Collections.unmodifiableMap(byFamily);
    }
}
