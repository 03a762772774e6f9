package dev.clvops.platform.logs;

import java.util.List;

/**
 * Lines appended to the active log file since an offset.
 *
 * @param events the complete new lines that parsed as events, oldest first
 * @param nextOffset the offset to ask from next time (just past the last complete line)
 * @param restarted true when the file was shorter than the offset asked for (it rolled over) and was read from 0
 */
public record LogTail(List<LogEvent> events, long nextOffset, boolean restarted) {

    public LogTail {
        events = List.copyOf(events);
    }
}
