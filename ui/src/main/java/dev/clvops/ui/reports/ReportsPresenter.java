package dev.clvops.ui.reports;

import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.CustomerFilter;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.ui.shell.RunKpis;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Reads range KPIs and segment values of the latest run and writes customer lists as CSV. */
class ReportsPresenter {

    private static final int EXPORT_PAGE = 10_000;

    private final CustomerAnalyticsReader reader;
    private final RunKpis kpis;
    private final OptionalLong runId;

    ReportsPresenter(CustomerAnalyticsReader reader, ExecutiveFactsReader facts) {
        this.reader = reader;
        this.kpis = new RunKpis(reader, facts);
        this.runId = reader.latestRun().map(run -> OptionalLong.of(run.runId())).orElse(OptionalLong.empty());
    }

    boolean hasRun() {
        return runId.isPresent();
    }

    KpiReport kpis(@Nullable LocalDate from, @Nullable LocalDate to) {
        return kpis.kpis(runId.orElseThrow(), from, to);
    }

    List<SegmentSummary> segments() {
        return reader.segments(runId.orElseThrow());
    }

    List<String> segmentNames() {
        return segments().stream().map(SegmentSummary::name).toList();
    }

    /** Writes the customers of {@code segment} (all when null) as CSV; returns the rows written. */
    long export(@Nullable String segment, Writer out) {
        return reader.exportCsv(runId.orElseThrow(), new CustomerFilter(segment, null, null, 0, EXPORT_PAGE), out);
    }
}
