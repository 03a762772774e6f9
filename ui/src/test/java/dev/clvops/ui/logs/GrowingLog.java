package dev.clvops.ui.logs;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An in-memory active log file whose "offsets" count events, enough to drive the presenter's tail logic. */
final class GrowingLog implements LogAnalytics {

    private final List<LogEvent> events = new ArrayList<>();

    void write(LogEvent event) {
        events.add(event);
    }

    @Override
    public LogPage search(LogQuery query, int page, int pageSize) {
        List<LogEvent> matching = events.reversed().stream().filter(query::matches).toList();
        return new LogPage(matching.stream().skip((long) page * pageSize).limit(pageSize).toList(), page, pageSize,
                matching.size());
    }

    @Override
    public LogTail tail(long fromOffset) {
        return new LogTail(events.subList((int) fromOffset, events.size()), events.size(), false);
    }

    @Override
    public List<LogFile> files() {
        return List.of(new LogFile("clvops.log", events.size(), Instant.EPOCH));
    }

    @Override
    public LogSummary summarise(Instant from, Instant to, int top) {
        throw new UnsupportedOperationException("not used by the Logs tab");
    }

    @Override
    public List<ErrorSpike> errorSpikes(Instant from, Instant to, SpikeRule rule) {
        throw new UnsupportedOperationException("not used by the Logs tab");
    }

    @Override
    public void download(String fileName, OutputStream out) {
        throw new UnsupportedOperationException("not used here");
    }

    @Override
    public void downloadAll(OutputStream out) {
        throw new UnsupportedOperationException("not used here");
    }
}
