package dev.clvops.reports.facts;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.registry.ModelRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Gathers the facts of an analytics run; per-customer aggregates are computed once and kept. */
public final class JdbcReportFacts {

    /**
     * The snapshot's cutoff and the latest order date up to it. When the store's last order (as the snapshot saw it
     * at sealing) is on or before the cutoff, that is the answer, with no scan of {@code orders}: every as-of-now
     * snapshot, which is what analytics runs use. Otherwise the orders up to the cutoff are scanned.
     */
    private static final String DATES = """
            SELECT s.cutoff, CASE WHEN s.orders_max_date <= s.cutoff THEN s.orders_max_date
                                  ELSE (SELECT max(order_date) FROM orders WHERE order_date <= s.cutoff) END
            FROM feature_snapshots s WHERE s.snapshot_id = ?""";

    private final JdbcClient jdbc;
    private final CustomerAnalyticsReader analytics;
    private final StoredAggregates aggregates;
    private final ModelHealthReader models;

    /** {@code families} are the model families whose champion is looked up when no model scored the run. */
    public JdbcReportFacts(DataSource dataSource, CustomerAnalyticsReader analytics,
                           Supplier<@Nullable ModelRegistry> registry, List<String> families) {
        this.jdbc = JdbcClient.create(dataSource);
        this.analytics = analytics;
        this.aggregates = new StoredAggregates(jdbc);
        this.models = new ModelHealthReader(jdbc, registry, families);
    }

    public ReportFacts load(AnalyticsRun run) {
        SnapshotDates dates = jdbc.sql(DATES).param(run.snapshotId()).query((rs, n) -> new SnapshotDates(
                rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class))).single();
        return new ReportFacts(run, dates.cutoff(), dates.dataUpTo(), storedKpis(run.runId()), analytics.cohorts(run.runId()),
                analytics.churnOutlook(run.runId()), analytics.playbook(run.runId()), aggregates(run),
                models.health(run.scoringRunId()));
    }

    /** The run's aggregates: stored ones (the analytics refresh stores them), else computed now and stored. */
    public CustomerAggregates aggregates(AnalyticsRun run) {
        return aggregates.of(run.runId(), run.snapshotId(), run.scoringRunId());
    }

    /** The KPI document the analytics refresh stored (kind {@code kpis}), so no order is scanned again. */
    private KpiReport storedKpis(long runId) {
        String json = jdbc.sql("SELECT document::text FROM analytics_results WHERE run_id = ? AND kind = 'kpis'")
                .param(runId).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("analytics run " + runId + " stored no KPIs"));
        return StoredAggregates.JSON.readValue(json, KpiReport.class);
    }

    /** A snapshot's cutoff and the latest order date up to it. */
    private record SnapshotDates(LocalDate cutoff, @Nullable LocalDate dataUpTo) {
    }
}
