package dev.clvops.ui.summary;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.SegmentSummary;
import java.util.List;
import java.util.Optional;

/** Gathers the latest analytics run's headline figures. */
class SummaryPresenter {

    /** Everything the summary shows of one run. */
    record Summary(AnalyticsRun run, KpiReport kpis, List<SegmentSummary> segments, ChurnOutlook churn) {
    }

    private final CustomerAnalyticsReader reader;

    SummaryPresenter(CustomerAnalyticsReader reader) {
        this.reader = reader;
    }

    /** The latest run's summary, empty before the first analytics run. */
    Optional<Summary> summary() {
        return reader.latestRun().map(run -> new Summary(run, reader.kpis(run.runId(), null, null),
                reader.segments(run.runId()), reader.churnOutlook(run.runId())));
    }
}
