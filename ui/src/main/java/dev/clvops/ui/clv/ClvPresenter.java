package dev.clvops.ui.clv;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalytics;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.CustomerFilter;
import dev.clvops.platform.analytics.SegmentSummary;
import java.util.List;
import java.util.Optional;

/** Reads the latest run's value tiers and pages of customers by predicted CLV. */
class ClvPresenter {

    private final CustomerAnalyticsReader reader;
    private final Optional<AnalyticsRun> run;

    ClvPresenter(CustomerAnalyticsReader reader) {
        this.reader = reader;
        this.run = reader.latestRun();
    }

    Optional<AnalyticsRun> run() {
        return run;
    }

    /** True when the run was scored by a champion model. */
    boolean hasPredictions() {
        return run.map(r -> r.scoringRunId() != null).orElse(false);
    }

    List<SegmentSummary> tiers() {
        return run.map(r -> reader.tiers(r.runId())).orElse(List.of());
    }

    long customerCount() {
        return run.map(r -> reader.customers(r.runId(), CustomerFilter.all(1)).total()).orElse(0L);
    }

    /** Customers {@code offset .. offset + limit - 1} in CLV order. */
    List<CustomerAnalytics> customers(int offset, int limit) {
        return run.map(r -> PagedRows.window(offset, limit, (page, size) -> reader.customers(r.runId(),
                new CustomerFilter(null, null, null, page, size)).rows())).orElse(List.of());
    }
}
