package dev.clvops.ui.overview;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.KpiReport;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Reads the KPIs of the latest analytics run for an optional order-date range. */
class OverviewPresenter {

    private final CustomerAnalyticsReader reader;
    private final Optional<AnalyticsRun> run;

    OverviewPresenter(CustomerAnalyticsReader reader) {
        this.reader = reader;
        this.run = reader.latestRun();
    }

    boolean hasRun() {
        return run.isPresent();
    }

    /** KPIs of the orders from {@code from} to {@code to} (both included, null = open); needs {@link #hasRun}. */
    KpiReport kpis(@Nullable LocalDate from, @Nullable LocalDate to) {
        return reader.kpis(run.orElseThrow().runId(), from, to);
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
