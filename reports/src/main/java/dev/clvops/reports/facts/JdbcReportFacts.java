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
import tools.jackson.databind.json.JsonMapper;

/** Gathers the facts of an analytics run; per-customer aggregates are computed once and kept. */
public final class JdbcReportFacts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;
    private final CustomerAnalyticsReader analytics;
    private final CustomerAggregateQueries aggregates;
    private final ModelHealthReader models;

    /** {@code families} are the model families whose champion is looked up when no model scored the run. */
    public JdbcReportFacts(DataSource dataSource, CustomerAnalyticsReader analytics,
                           Supplier<@Nullable ModelRegistry> registry, List<String> families) {
        this.jdbc = JdbcClient.create(dataSource);
        this.analytics = analytics;
        this.aggregates = new CustomerAggregateQueries(jdbc);
        this.models = new ModelHealthReader(jdbc, registry, families);
    }

    public ReportFacts load(AnalyticsRun run) {
        LocalDate cutoff = jdbc.sql("SELECT cutoff FROM feature_snapshots WHERE snapshot_id = ?")
                .param(run.snapshotId()).query(LocalDate.class).single();
        LocalDate dataUpTo = jdbc.sql("SELECT max(order_date) FROM orders WHERE order_date <= ?").param(cutoff)
                .query(LocalDate.class).optional().orElse(null);
        return new ReportFacts(run, cutoff, dataUpTo, storedKpis(run.runId()), analytics.cohorts(run.runId()),
                analytics.churnOutlook(run.runId()), analytics.playbook(run.runId()), aggregates(run),
                models.health(run.scoringRunId()));
    }

    /** The run's aggregates: stored ones, else computed now and stored. */
    public CustomerAggregates aggregates(AnalyticsRun run) {
        return jdbc.sql("SELECT document::text FROM report_aggregates WHERE analytics_run_id = ?")
                .param(run.runId()).query(String.class).optional()
                .map(json -> JSON.readValue(json, CustomerAggregates.class))
                .orElseGet(() -> store(run.runId(), aggregates.compute(run)));
    }

    private CustomerAggregates store(long runId, CustomerAggregates computed) {
        jdbc.sql("INSERT INTO report_aggregates (analytics_run_id, document) VALUES (?, ?::jsonb)"
                + " ON CONFLICT (analytics_run_id) DO NOTHING").params(runId, JSON.writeValueAsString(computed))
                .update();
        return computed;
    }

    /** The KPI document the analytics refresh stored (kind {@code kpis}), so no order is scanned again. */
    private KpiReport storedKpis(long runId) {
        String json = jdbc.sql("SELECT document::text FROM analytics_results WHERE run_id = ? AND kind = 'kpis'")
                .param(runId).query(String.class).optional()
                .orElseThrow(() -> new IllegalStateException("analytics run " + runId + " stored no KPIs"));
        return JSON.readValue(json, KpiReport.class);
    }
}
