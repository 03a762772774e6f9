package dev.clvops.ui.clv;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.money;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.ClvDistribution;
import dev.clvops.platform.analytics.ClvDistributionReader;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.PredictedCustomer;
import dev.clvops.platform.analytics.SegmentSummary;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads the latest run's CLV distribution, tiers, cohort forecast and pages of customers by predicted CLV. */
class ClvPresenter {

    /** Choices of how many top customers the list and the export hold; 0 means all. */
    static final List<Integer> TOP_CHOICES = List.of(100, 1_000, 10_000, 0);
    private final CustomerAnalyticsReader reader;
    private final ClvDistributionReader clv;
    private final Optional<AnalyticsRun> run;

    ClvPresenter(CustomerAnalyticsReader reader, ClvDistributionReader clv) {
        this.reader = reader;
        this.clv = clv;
        this.run = reader.latestRun();
    }

    Optional<AnalyticsRun> run() {
        return run;
    }

    Optional<ClvDistribution> distribution() {
        return run.flatMap(r -> clv.distribution(r.runId()));
    }

    List<SegmentSummary> tiers() {
        return run.map(r -> reader.tiers(r.runId())).orElse(List.of());
    }

    Optional<CohortReport> cohorts() {
        return run.map(r -> reader.cohorts(r.runId()));
    }

    /** Customers in the list: the top {@code top} (0 = all) of the run's customers. */
    long listed(int top) {
        long all = run.map(AnalyticsRun::customers).orElse(0L);
        return top == 0 ? all : Math.min(top, all);
    }

    /** Customers {@code offset .. offset + limit - 1} by predicted CLV, never past the top {@code top}. */
    List<PredictedCustomer> customers(int top, int offset, int limit) {
        int shown = shown(listed(top), offset, limit);
        return run.filter(r -> shown > 0).map(r -> clv.customers(r.runId(), offset, shown)).orElse(List.of());
    }

    /** Rows of the window {@code offset, limit} that fall within the first {@code listed} customers. */
    static int shown(long listed, int offset, int limit) {
        return (int) Math.max(0, Math.min(limit, listed - offset));
    }

    long export(int top, Writer out) {
        return clv.exportCsv(run.orElseThrow().runId(), listed(top), out);
    }

    /** "Top 100", ..., "All customers". */
    static String topLabel(int top) {
        return top == 0 ? "All customers" : "Top " + count(top);
    }

    /** The P10–P90 interval of a customer, e.g. "40 – 310"; "–" without one. */
    static String interval(@Nullable Double p10, @Nullable Double p90) {
        return p10 == null || p90 == null ? "–" : money(p10) + " – " + money(p90);
    }

    /** A histogram bin's label, e.g. "0–50" or "≥ 600" for the open-ended last bin. */
    static String binLabel(ClvDistribution.Bin bin) {
        return bin.to() == null ? "≥ " + amount(bin.from()) : amount(bin.from()) + "–" + amount(bin.to());
    }

    private static String amount(double value) {
        return value == Math.rint(value) ? money(value) : decimal(value);
    }
}
