package dev.clvops.ui.logs;

import dev.clvops.platform.logs.LogAnalytics;
import dev.clvops.platform.logs.LogEvent;
import dev.clvops.platform.logs.LogFile;
import dev.clvops.platform.logs.LogQuery;
import dev.clvops.platform.logs.LogTail;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Follows the active log file: {@link #start} shows the newest matching lines and remembers where the file ends,
 * {@link #poll} returns the matching lines written since. Safe to call from the view and its polling thread.
 */
class LogsPresenter {

    static final int SHOWN = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final LogAnalytics logs;
    private LogQuery filter = LogQuery.all();
    private long offset;

    LogsPresenter(LogAnalytics logs) {
        this.logs = logs;
    }

    /** Filters by {@code levels} (empty: all) and {@code text}; returns the newest matching events, newest first. */
    synchronized List<LogEvent> start(Set<String> levels, @Nullable String text) {
        filter = new LogQuery(null, null, levels, text);
        offset = activeFileSize();
        return logs.search(filter, 0, SHOWN).events();
    }

    /** The matching events appended since the last call, oldest first. */
    synchronized List<LogEvent> poll() {
        LogTail tail = logs.tail(offset);
        offset = tail.nextOffset();
        return tail.events().stream().filter(filter::matches).toList();
    }

    List<LogFile> files() {
        return logs.files();
    }

    void download(String fileName, OutputStream out) {
        logs.download(fileName, out);
    }

    void downloadAll(OutputStream out) {
        logs.downloadAll(out);
    }

    /** One event as a line: time, level, logger, message and the exception, if any. */
    static String line(LogEvent event) {
        String logger = event.logger().substring(event.logger().lastIndexOf('.') + 1);
        String exception = event.exceptionType() == null ? ""
                : " — " + event.exceptionType() + (event.exceptionMessage() == null ? "" : ": "
                + event.exceptionMessage());
        return TIME.format(event.time()) + " " + String.format("%-5s", event.level()) + " " + logger + " - "
                + event.message() + exception;
    }

    /** The text colour of a level: errors red, warnings amber, debug and trace muted. */
    static String colour(String level) {
        return switch (level) {
            case LogEvent.ERROR -> "#c62828";
            case LogEvent.WARN -> "#a15c00";
            case "DEBUG", "TRACE" -> "var(--lumo-secondary-text-color)";
            default -> "var(--lumo-body-text-color)";
        };
    }

    /** The active file is listed last; rolled files are compressed and never grow. */
    private long activeFileSize() {
        List<LogFile> files = logs.files();
        return files.isEmpty() || files.getLast().name().endsWith(".gz") ? 0 : files.getLast().sizeBytes();
    }
}
