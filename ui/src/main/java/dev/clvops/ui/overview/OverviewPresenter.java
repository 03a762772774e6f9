package dev.clvops.ui.overview;

import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.KpiReport;
import java.util.Optional;

/** Reads the KPIs of the latest analytics run over all order dates. */
class OverviewPresenter {

    private final CustomerAnalyticsReader reader;

    OverviewPresenter(CustomerAnalyticsReader reader) {
        this.reader = reader;
    }

    /** The latest run's KPIs, empty before the first analytics run. */
    Optional<KpiReport> kpis() {
        return reader.latestRun().map(run -> reader.kpis(run.runId(), null, null));
    }
}
