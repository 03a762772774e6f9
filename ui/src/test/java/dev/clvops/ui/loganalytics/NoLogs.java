package dev.clvops.ui.loganalytics;

import dev.clvops.platform.logs.ErrorSpike;
import dev.clvops.platform.logs.LogAnalytics;
import dev.clvops.platform.logs.LogFile;
import dev.clvops.platform.logs.LogPage;
import dev.clvops.platform.logs.LogQuery;
import dev.clvops.platform.logs.LogSummary;
import dev.clvops.platform.logs.LogTail;
import dev.clvops.platform.logs.SpikeRule;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

/** The presenter's pure layout methods are tested; reading the logs is the browser test's job. */
final class NoLogs implements LogAnalytics {

    @Override
    public LogSummary summarise(Instant from, Instant to, int top) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ErrorSpike> errorSpikes(Instant from, Instant to, SpikeRule rule) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LogPage search(LogQuery query, int page, int pageSize) {
        throw new UnsupportedOperationException();
    }

    @Override
    public LogTail tail(long fromOffset) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<LogFile> files() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void download(String fileName, OutputStream out) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void downloadAll(OutputStream out) {
        throw new UnsupportedOperationException();
    }
}
