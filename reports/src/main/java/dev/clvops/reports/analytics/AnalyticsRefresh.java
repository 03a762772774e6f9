package dev.clvops.reports.analytics;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.reports.cohorts.CohortTable;
import dev.clvops.reports.cohorts.JdbcCohorts;
import dev.clvops.reports.facts.RunAggregates;
import dev.clvops.reports.kpi.JdbcKpis;
import dev.clvops.reports.population.Population;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Computes and stores one analytics run (see the package documentation). */
public final class AnalyticsRefresh {

    private final DataSource dataSource;
    private final AnalyticsSettings settings;
    private final JdbcClient jdbc;
    private final JdbcAnalyticsRuns runs;

    public AnalyticsRefresh(DataSource dataSource, AnalyticsSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.jdbc = JdbcClient.create(dataSource);
        this.runs = new JdbcAnalyticsRuns(dataSource);
    }

    /** Analyses the latest completed as-of-now (horizon 0) snapshot. */
    public AnalyticsRun refresh() {
        long snapshotId = jdbc.sql("SELECT snapshot_id FROM feature_snapshots WHERE status = 'COMPLETED'"
                + " AND horizon_days = 0 ORDER BY created_at DESC, snapshot_id DESC LIMIT 1")
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("no completed as-of-now feature snapshot to analyse"));
        return refresh(snapshotId);
    }

    /** Analyses snapshot {@code snapshotId} with the latest completed scoring run of that snapshot, if any. */
    public AnalyticsRun refresh(long snapshotId) {
        LocalDate cutoff = jdbc.sql("SELECT cutoff FROM feature_snapshots WHERE snapshot_id = ?").param(snapshotId)
                .query(LocalDate.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("no feature snapshot " + snapshotId));
        Map<String, Object> scoring = jdbc.sql("SELECT scoring_run_id, horizon_days FROM scoring_runs"
                + " WHERE snapshot_id = ? AND status = 'COMPLETED' ORDER BY scoring_run_id DESC LIMIT 1")
                .param(snapshotId).query().listOfRows().stream().findFirst().orElse(Map.of());
        Long scoringRunId = scoring.isEmpty() ? null : ((Number) scoring.get("scoring_run_id")).longValue();
        int horizon = scoring.isEmpty() ? 1 : ((Number) scoring.get("horizon_days")).intValue();
        long runId = runs.start(snapshotId, scoringRunId);
        PhaseTimer timer = new PhaseTimer();
        try {
            long customers = run(runId, snapshotId, cutoff, scoringRunId, horizon, timer);
            runs.finish(runId, "COMPLETED", customers, timer.durations(),
                    scoringRunId == null ? CustomerAnalysis.NO_PREDICTIONS : null);
        } catch (RuntimeException e) {
            runs.discard(runId);
            runs.finish(runId, "FAILED", 0, timer.durations(), e.toString());
            throw new IllegalStateException("analytics run " + runId + " of snapshot " + snapshotId + " failed", e);
        }
        return runs.run(runId).orElseThrow();
    }

    /**
     * Runs the phases, overlapping independent ones: the cohorts (PostgreSQL reads of the orders) with the in-memory
     * analysis, and the KPIs with the stored aggregates after the write. Closing the executor waits for every task.
     */
    private long run(long runId, long snapshotId, LocalDate cutoff, @Nullable Long scoringRunId, int horizon,
                     PhaseTimer timer) {
        Population p = timer.time("load", () -> load(snapshotId, cutoff, scoringRunId, horizon));
        try (ExecutorService background = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<CohortReport> cohorts = background.submit(() -> timer.time("cohorts", () -> cohorts(p, cutoff)));
            AnalysisResult result = new CustomerAnalysis(settings).analyse(p, timer);
            timer.time("write", () -> CustomerResultsCopy.copy(dataSource, runId, result));
            // statistics of the rows just loaded: without them the planner expects a few thousand rows of the run and
            // joins the aggregates' million rows by index probes, one per customer
            timer.time("analyze", () -> jdbc.sql("ANALYZE customer_analytics").update());
            Future<KpiReport> kpis = background.submit(() -> timer.time("kpis", () -> new JdbcKpis(dataSource)
                    .kpis(null, cutoff, snapshotId, scoringRunId == null ? null : runId)));
            timer.time("aggregates", () -> new RunAggregates(dataSource).precompute(runId, snapshotId, scoringRunId));
            timer.time("segmentation", () -> SegmentationDetailsWriter.write(dataSource, runId, result, settings));
            runs.store(runId, Kinds.CLUSTERS, result.clustering().report());
            runs.store(runId, Kinds.COHORTS, PhaseTimer.join(cohorts));
            runs.store(runId, Kinds.CHURN_OUTLOOK, result.churnOutlook());
            runs.store(runId, Kinds.PLAYBOOK, result.playbook());
            runs.store(runId, Kinds.AUDIENCES, result.audiences());
            runs.store(runId, Kinds.KPIS, PhaseTimer.join(kpis));
        }
        return p.size();
    }

    private Population load(long snapshotId, LocalDate cutoff, @Nullable Long scoringRunId, int horizon) {
        try {
            return PopulationLoader.load(dataSource, snapshotId, cutoff, scoringRunId, horizon);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot load snapshot " + snapshotId, e);
        }
    }

    private CohortReport cohorts(Population p, LocalDate cutoff) {
        int months = settings.cohortForecastMonths();
        Map<String, Double> predicted = p.hasPredictions() ? CohortTable.predictedRevenue(p.firstOrderDays(),
                p.requirePredictions().clv(), p.requirePredictions().horizonDays(), months) : null;
        return CohortTable.build(new JdbcCohorts(dataSource).cells(cutoff), YearMonth.from(cutoff), predicted,
                months, predicted == null ? CustomerAnalysis.NO_PREDICTIONS : null);
    }
}
