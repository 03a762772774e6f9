package dev.clvops.monitoring.logs;

import dev.clvops.platform.logs.Heatmap;
import dev.clvops.platform.logs.LogEvent;
import dev.clvops.platform.logs.LogSummary;
import dev.clvops.platform.logs.VolumeBucket;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Folds events into a {@link LogSummary}; memory grows with the minutes that had events, not with the events. */
final class SummaryAccumulator {

    private static final int KEYWORD_COUNTERS = 5_000;
    private static final int EXCEPTION_COUNTERS = 500;

    private final ZoneId zone;
    private final NavigableMap<Instant, long[]> minutes = new TreeMap<>();
    private final Map<String, Long> bySeverity = new TreeMap<>();
    private final long[][] heatmap = new long[7][24];
    private final TermCounter keywords = new TermCounter(KEYWORD_COUNTERS);
    private final TermCounter exceptions = new TermCounter(EXCEPTION_COUNTERS);
    private long events;

    SummaryAccumulator(ZoneId zone) {
        this.zone = zone;
    }

    void add(LogEvent event) {
        events++;
        bySeverity.merge(event.level(), 1L, Long::sum);
        count(minutes.computeIfAbsent(event.time().truncatedTo(ChronoUnit.MINUTES), minute -> new long[3]), event);
        ZonedDateTime local = event.time().atZone(zone);
        heatmap[local.getDayOfWeek().ordinal()][local.getHour()]++;
        Keywords.forEach(event.message(), keywords::add);
        if (event.exceptionType() != null) {
            exceptions.add(event.exceptionType());
        }
    }

    LogSummary finish(Instant from, Instant to, int top) {
        NavigableMap<Instant, long[]> hours = new TreeMap<>();
        minutes.forEach((minute, counts) -> {
            long[] hour = hours.computeIfAbsent(minute.truncatedTo(ChronoUnit.HOURS), start -> new long[3]);
            for (int i = 0; i < 3; i++) {
                hour[i] += counts[i];
            }
        });
        return new LogSummary(from, to, events, bySeverity, buckets(minutes), buckets(hours), new Heatmap(heatmap),
                keywords.top(top), exceptions.top(top));
    }

    private static void count(long[] counts, LogEvent event) {
        counts[0]++;
        if (event.isError()) {
            counts[1]++;
        } else if (LogEvent.WARN.equals(event.level())) {
            counts[2]++;
        }
    }

    private static List<VolumeBucket> buckets(NavigableMap<Instant, long[]> counts) {
        return counts.entrySet().stream()
                .map(entry -> new VolumeBucket(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                        entry.getValue()[2]))
                .toList();
    }
}
