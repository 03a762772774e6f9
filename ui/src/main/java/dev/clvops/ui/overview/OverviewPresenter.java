package dev.clvops.ui.overview;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.ui.shell.RunKpis;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads the KPIs of the latest analytics run for an optional order-date range: the whole history from the KPIs the
 * run stored (the executive PDF's), a range by querying its orders.
 */
class OverviewPresenter {

    private final RunKpis kpis;
    private final Optional<AnalyticsRun> run;

    OverviewPresenter(CustomerAnalyticsReader reader, ExecutiveFactsReader facts) {
        this.kpis = new RunKpis(reader, facts);
        this.run = reader.latestRun();
    }

    boolean hasRun() {
        return run.isPresent();
    }

    /** KPIs of the orders from {@code from} to {@code to} (both included, null = open); needs {@link #hasRun}. */
    KpiReport kpis(@Nullable LocalDate from, @Nullable LocalDate to) {
        return kpis.kpis(run.orElseThrow().runId(), from, to);
    }

    /** Why the range cannot be shown, or empty when it can. */
    static Optional<String> rangeProblem(@Nullable LocalDate from, @Nullable LocalDate to) {
        return from != null && to != null && from.isAfter(to)
                ? Optional.of("The start date " + from + " is after the end date " + to + ".") : Optional.empty();
    }

    /** Revenue per key, sorted by name, so the charts keep their order across ranges. */
    static Map<String, Double> sorted(Map<String, Double> revenue) {
        return new TreeMap<>(revenue);
    }

    /** Average tenure in whole days, e.g. "412 days". */
    static String tenure(double days) {
        return Math.round(days) + " days";
    }
}
