package dev.clvops.ui.shell;

import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.ExecutiveFacts;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.analytics.KpiReport;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An analytics run's KPIs for an optional order-date range. The whole history comes from the KPIs the run stored
 * (the executive PDF's, read in milliseconds even with a million customers); a range is queried from its orders.
 */
public final class RunKpis {

    private final CustomerAnalyticsReader reader;
    private final ExecutiveFactsReader facts;

    public RunKpis(CustomerAnalyticsReader reader, ExecutiveFactsReader facts) {
        this.reader = reader;
        this.facts = facts;
    }

    /** The KPIs of run {@code runId} for orders from {@code from} to {@code to} (both included, null = open). */
    public KpiReport kpis(long runId, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from == null && to == null) {
            var stored = facts.latest().filter(f -> f.runId() == runId).map(ExecutiveFacts::kpis);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        return reader.kpis(runId, from, to);
    }
}
