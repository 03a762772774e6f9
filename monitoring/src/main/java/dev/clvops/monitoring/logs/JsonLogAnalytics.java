package dev.clvops.monitoring.logs;

import dev.clvops.platform.logs.ErrorSpike;
import dev.clvops.platform.logs.LogAnalytics;
import dev.clvops.platform.logs.LogEvent;
import dev.clvops.platform.logs.LogFile;
import dev.clvops.platform.logs.LogPage;
import dev.clvops.platform.logs.LogQuery;
import dev.clvops.platform.logs.LogSummary;
import dev.clvops.platform.logs.LogTail;
import dev.clvops.platform.logs.SpikeRule;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@link LogAnalytics} over the JSON log files in one directory. Each call streams the files afresh; files last written
 * before a query's start are skipped unread. Thread-safe: it keeps no state between calls.
 */
public final class JsonLogAnalytics implements LogAnalytics {

    private static final int TAIL_MAX_BYTES = 1 << 20;
    private static final int MAX_SPIKE_RANGE_DAYS = 366;

    private final LogFiles files;
    private final ZoneId zone;

    /** @param zone the time zone of the heatmap's weekdays and hours */
    public JsonLogAnalytics(Path logDirectory, ZoneId zone) {
        this.files = new LogFiles(logDirectory);
        this.zone = zone;
    }

    /** Volumes, severities, heatmap, and the {@code top} keywords and exception types of the events in [from, to). */
    @Override
    public LogSummary summarise(Instant from, Instant to, int top) {
        SummaryAccumulator summary = new SummaryAccumulator(zone);
        try (Stream<LogEvent> events = between(from, to)) {
            events.forEach(summary::add);
        }
        return summary.finish(from, to, top);
    }

    /**
     * The minutes in [from, to) whose errors break the rule; the window before {@code from} is read too. The range
     * may span at most {@value #MAX_SPIKE_RANGE_DAYS} days (one counter per minute).
     */
    @Override
    public List<ErrorSpike> errorSpikes(Instant from, Instant to, SpikeRule rule) {
        if (!from.isBefore(to) || Duration.between(from, to).toDays() > MAX_SPIKE_RANGE_DAYS) {
            throw new IllegalArgumentException("spike range must be non-empty and at most " + MAX_SPIKE_RANGE_DAYS
                    + " days: " + from + " .. " + to);
        }
        Instant first = from.truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(rule.windowMinutes()));
        long[] errors = new long[(int) Duration.between(first, to).toMinutes() + 1];
        try (Stream<LogEvent> events = between(first, to)) {
            events.filter(LogEvent::isError)
                    .forEach(event -> errors[(int) Duration.between(first, event.time()).toMinutes()]++);
        }
        return new ErrorSpikeDetector(rule).detect(first, errors).stream()
                .filter(spike -> !spike.minute().isBefore(from.truncatedTo(ChronoUnit.MINUTES)))
                .toList();
    }

    /** One page of the matching events, newest first; memory holds at most {@code (page + 1) * pageSize} events. */
    @Override
    public LogPage search(LogQuery query, int page, int pageSize) {
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("page must be >= 0 and pageSize >= 1: " + page + ", " + pageSize);
        }
        int keep = Math.multiplyExact(page + 1, pageSize);
        Deque<LogEvent> newest = new ArrayDeque<>(keep + 1);
        AtomicLong matches = new AtomicLong();
        try (Stream<LogEvent> events = files.events(query.from() == null ? Instant.MIN : query.from())) {
            events.filter(query::matches).forEach(event -> {
                matches.incrementAndGet();
                newest.addLast(event);
                if (newest.size() > keep) {
                    newest.removeFirst();
                }
            });
        }
        List<LogEvent> page0 = newest.reversed().stream().skip((long) page * pageSize).toList();
        return new LogPage(page0, page, pageSize, matches.get());
    }

    /** The events appended to the active file since {@code fromOffset} (0 for the whole file), up to 1 MiB. */
    @Override
    public LogTail tail(long fromOffset) {
        return new LogTailer(TAIL_MAX_BYTES).tail(files.active(), fromOffset);
    }

    /** The log files, oldest first. */
    @Override
    public List<LogFile> files() {
        return files.paths().stream().map(path -> new LogFile(path.getFileName().toString(),
                path.toFile().length(), LogFiles.lastModified(path))).toList();
    }

    /** Copies one file, named as {@link #files()} lists it, to {@code out}. */
    @Override
    public void download(String fileName, OutputStream out) {
        new LogArchive(files).copy(fileName, out);
    }

    /** Writes a ZIP of all log files to {@code out}, leaving it open. */
    @Override
    public void downloadAll(OutputStream out) {
        new LogArchive(files).zipAll(out);
    }

    private Stream<LogEvent> between(Instant from, Instant to) {
        return files.events(from).filter(event -> !event.time().isBefore(from) && event.time().isBefore(to));
    }
}
