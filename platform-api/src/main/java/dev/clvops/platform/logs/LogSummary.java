package dev.clvops.platform.logs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Aggregates of the events in [from, to).
 *
 * @param from first instant included
 * @param to first instant excluded
 * @param events events in the range
 * @param bySeverity events per level, e.g. {@code ERROR -> 3}
 * @param perMinute volume per minute that had events, oldest first
 * @param perHour volume per hour that had events, oldest first
 * @param heatmap events per weekday × hour
 * @param topKeywords the most frequent message words, stop words removed
 * @param topExceptions the most frequent logged exception types
 */
public record LogSummary(Instant from, Instant to, long events, Map<String, Long> bySeverity,
                         List<VolumeBucket> perMinute, List<VolumeBucket> perHour, Heatmap heatmap,
                         List<TermCount> topKeywords, List<TermCount> topExceptions) {

    public LogSummary {
        bySeverity = Map.copyOf(bySeverity);
        perMinute = List.copyOf(perMinute);
        perHour = List.copyOf(perHour);
        topKeywords = List.copyOf(topKeywords);
        topExceptions = List.copyOf(topExceptions);
    }
}
