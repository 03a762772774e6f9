package dev.clvops.platform.logs;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Port: analytics, search, live tail and download over the platform's own log files. Implementations keep no state
 * between calls and are thread-safe.
 */
public interface LogAnalytics {

    /** Volumes, severities, heatmap, and the {@code top} keywords and exception types of the events in [from, to). */
    LogSummary summarise(Instant from, Instant to, int top);

    /** The minutes in [from, to) whose errors break {@code rule}; fails for an empty or overlong range. */
    List<ErrorSpike> errorSpikes(Instant from, Instant to, SpikeRule rule);

    /** One page (from 0) of the events matching {@code query}, newest first. */
    LogPage search(LogQuery query, int page, int pageSize);

    /** The events appended to the active log file since {@code fromOffset} (0 for the whole file). */
    LogTail tail(long fromOffset);

    /** The log files, oldest first. */
    List<LogFile> files();

    /** Copies one file, named as {@link #files()} lists it, to {@code out}; fails for an unknown name. */
    void download(String fileName, OutputStream out);

    /** Writes a ZIP of all log files to {@code out}, leaving it open. */
    void downloadAll(OutputStream out);
}
