package dev.clvops.ui.loganalytics;

import dev.clvops.platform.logs.ErrorSpike;
import dev.clvops.platform.logs.Heatmap;
import dev.clvops.platform.logs.LogAnalytics;
import dev.clvops.platform.logs.LogSummary;
import dev.clvops.platform.logs.SpikeRule;
import dev.clvops.platform.logs.VolumeBucket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the log analytics of a time range ending now and lays them out for the charts. */
class LogAnalyticsPresenter {

    /** The ranges users pick from; the last hour is shown per minute, longer ranges per hour. */
    enum Range {
        HOUR("Last hour", Duration.ofHours(1)), DAY("Last 24 hours", Duration.ofDays(1)),
        WEEK("Last 7 days", Duration.ofDays(7)), MONTH("Last 30 days", Duration.ofDays(30));

        final String label;
        final Duration length;

        Range(String label, Duration length) {
            this.label = label;
            this.length = length;
        }

        ChronoUnit step() {
            return this == HOUR ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
        }
    }

    /** The instants [from, to) a range covered when it was read. */
    record Window(Range range, Instant from, Instant to) {
    }

    /** Dense volume series, one point per minute or hour of the window. */
    record Timeline(List<String> labels, List<Long> events, List<Long> errors, List<Long> warnings) {
    }

    static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final int TOP = 10;
    private static final List<String> LEVELS = List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");

    private final LogAnalytics logs;
    private final Clock clock;
    private final ZoneId zone;

    LogAnalyticsPresenter(LogAnalytics logs, Clock clock) {
        this.logs = logs;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** The range up to the current second, so the same window can be read again and gives the same answer. */
    Window window(Range range) {
        Instant to = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new Window(range, to.minus(range.length), to);
    }

    LogSummary summary(Window window) {
        return logs.summarise(window.from(), window.to(), TOP);
    }

    List<ErrorSpike> spikes(Window window) {
        return logs.errorSpikes(window.from(), window.to(), SpikeRule.DEFAULT);
    }

    /** Events per level, most severe first; ERROR, WARN and INFO always appear, other levels when they occurred. */
    static Map<String, Long> severities(LogSummary summary) {
        Map<String, Long> levels = new LinkedHashMap<>();
        LEVELS.forEach(level -> {
            long count = summary.bySeverity().getOrDefault(level, 0L);
            if (count > 0 || LEVELS.indexOf(level) < 3) {
                levels.put(level, count);
            }
        });
        summary.bySeverity().forEach(levels::putIfAbsent);
        return levels;
    }

    /** Every minute (last hour) or hour of the window, zero where nothing was logged. */
    Timeline timeline(LogSummary summary, Window window) {
        ChronoUnit step = window.range().step();
        Map<Instant, VolumeBucket> buckets = (step == ChronoUnit.MINUTES ? summary.perMinute() : summary.perHour())
                .stream().collect(Collectors.toMap(VolumeBucket::start, Function.identity()));
        DateTimeFormatter format = DateTimeFormatter.ofPattern(step == ChronoUnit.MINUTES ? "HH:mm" : "EEE d HH:mm")
                .withZone(zone);
        List<String> labels = new ArrayList<>();
        List<Long> events = new ArrayList<>();
        List<Long> errors = new ArrayList<>();
        List<Long> warnings = new ArrayList<>();
        for (Instant at = window.from().truncatedTo(step); at.isBefore(window.to()); at = at.plus(1, step)) {
            VolumeBucket bucket = buckets.getOrDefault(at, new VolumeBucket(at, 0, 0, 0));
            labels.add(format.format(at));
            events.add(bucket.events());
            errors.add(bucket.errors());
            warnings.add(bucket.warnings());
        }
        return new Timeline(labels, events, errors, warnings);
    }

    /** The chart colour of a level: errors red, warnings amber, info blue, debug and trace grey. */
    static String colour(String level) {
        return switch (level) {
            case "ERROR" -> "#c62828";
            case "WARN" -> "#e09000";
            case "INFO" -> "#1676f3";
            default -> "#9e9e9e";
        };
    }

    /** Heatmap cells [hour, weekday index, events]. */
    static List<List<Number>> heatmapCells(Heatmap heatmap) {
        long[][] rows = heatmap.rows();
        List<List<Number>> cells = new ArrayList<>();
        for (int day = 0; day < rows.length; day++) {
            for (int hour = 0; hour < rows[day].length; hour++) {
                cells.add(List.of(hour, day, rows[day][hour]));
            }
        }
        return cells;
    }

    static long heatmapMax(Heatmap heatmap) {
        return Arrays.stream(heatmap.rows()).flatMapToLong(Arrays::stream).max().orElse(0);
    }
}
