package dev.clvops.reports.analytics;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.AudienceReport;
import dev.clvops.platform.analytics.BudgetAllocation;
import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.platform.analytics.ClusterReport;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalytics;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.CustomerFilter;
import dev.clvops.platform.analytics.CustomerPage;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.MovementMatrix;
import dev.clvops.platform.analytics.PlaybookReport;
import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.reports.audiences.Audiences;
import dev.clvops.reports.kpi.JdbcKpis;
import dev.clvops.reports.movement.PastSegmentationCsv;
import dev.clvops.reports.movement.SegmentMovement;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads stored analytics runs with SQL and the JSONB documents. */
public final class AnalyticsQueries implements CustomerAnalyticsReader {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcAnalyticsRuns runs;

    public AnalyticsQueries(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.runs = new JdbcAnalyticsRuns(dataSource);
    }

    @Override
    public Optional<AnalyticsRun> latestRun() {
        return runs.latestCompleted();
    }

    @Override
    public CustomerPage customers(long runId, CustomerFilter filter) {
        Map<String, Object> params = CustomerRows.params(requireRun(runId).runId(), filter);
        long total = jdbc.sql("SELECT count(*)" + CustomerRows.WHERE).params(params).query(Long.class).single();
        params.put("limit", filter.size());
        params.put("offset", (long) filter.page() * filter.size());
        List<CustomerAnalytics> rows = jdbc.sql("SELECT *" + CustomerRows.WHERE + CustomerRows.ORDER
                + " LIMIT :limit OFFSET :offset").params(params).query((rs, i) -> CustomerRows.map(rs)).list();
        return new CustomerPage(rows, total, filter.page(), filter.size());
    }

    @Override
    public Optional<CustomerAnalytics> customer(long runId, String customerId) {
        return jdbc.sql("SELECT * FROM customer_analytics WHERE run_id = ? AND customer_id = ?")
                .params(runId, customerId).query((rs, i) -> CustomerRows.map(rs)).optional();
    }

    @Override
    public List<SegmentSummary> segments(long runId) {
        return summary(runId, "segment");
    }

    @Override
    public List<SegmentSummary> personas(long runId) {
        return summary(runId, "persona");
    }

    @Override
    public List<SegmentSummary> tiers(long runId) {
        return summary(runId, "tier").stream().filter(s -> !s.name().isEmpty()).toList();
    }

    @Override
    public ClusterReport clusters(long runId) {
        return runs.document(runId, Kinds.CLUSTERS, ClusterReport.class);
    }

    @Override
    public CohortReport cohorts(long runId) {
        return runs.document(runId, Kinds.COHORTS, CohortReport.class);
    }

    @Override
    public ChurnOutlook churnOutlook(long runId) {
        return runs.document(runId, Kinds.CHURN_OUTLOOK, ChurnOutlook.class);
    }

    @Override
    public PlaybookReport playbook(long runId) {
        return runs.document(runId, Kinds.PLAYBOOK, PlaybookReport.class);
    }

    @Override
    public AudienceReport audiences(long runId) {
        return runs.document(runId, Kinds.AUDIENCES, AudienceReport.class);
    }

    @Override
    public BudgetAllocation budget(long runId, double total) {
        return Audiences.allocate(total, audiences(runId).audiences());
    }

    @Override
    public KpiReport kpis(long runId, @Nullable LocalDate from, @Nullable LocalDate to) {
        AnalyticsRun run = requireRun(runId);
        return new JdbcKpis(dataSource).kpis(from, to, run.snapshotId(), run.scoringRunId() == null ? null : runId);
    }

    @Override
    public MovementMatrix movement(long beforeRunId, long afterRunId) {
        return SegmentMovement.matrix(segmentMap(beforeRunId), segmentMap(afterRunId));
    }

    @Override
    public MovementMatrix movementFromUpload(Reader csv, String fileName, long afterRunId) {
        return SegmentMovement.matrix(PastSegmentationCsv.read(csv, fileName), segmentMap(afterRunId));
    }

    @Override
    public List<String> movers(long beforeRunId, long afterRunId, String from, String to) {
        return SegmentMovement.movers(segmentMap(beforeRunId), segmentMap(afterRunId), from, to);
    }

    @Override
    public long exportCsv(long runId, CustomerFilter filter, Writer out) {
        long[] written = {0};
        try {
            out.write(CustomerRows.HEADER);
            jdbc.sql("SELECT *" + CustomerRows.WHERE + CustomerRows.ORDER).params(CustomerRows.params(runId, filter))
                    .withFetchSize(10_000).query(rs -> {
                        try {
                            CustomerRows.writeCsv(CustomerRows.map(rs), out);
                            written[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the customer export of run " + runId, e);
        }
        return written[0];
    }

    private List<SegmentSummary> summary(long runId, String column) {
        long all = requireRun(runId).customers();
        return jdbc.sql("SELECT coalesce(" + column + ", '') AS name, count(*) AS n, sum(clv) AS total,"
                + " avg(clv) AS mean FROM customer_analytics WHERE run_id = ? GROUP BY 1 ORDER BY 2 DESC, 1")
                .param(runId).query((rs, i) -> new SegmentSummary(rs.getString("name"), rs.getLong("n"),
                        all == 0 ? 0 : (double) rs.getLong("n") / all, rs.getObject("total", Double.class),
                        rs.getObject("mean", Double.class))).list();
    }

    private Map<String, String> segmentMap(long runId) {
        requireRun(runId);
        Map<String, String> segments = new HashMap<>();
        jdbc.sql("SELECT customer_id, segment FROM customer_analytics WHERE run_id = ?").param(runId)
                .withFetchSize(50_000).query(rs -> {
                    segments.put(rs.getString(1), rs.getString(2));
                });
        return segments;
    }

    private AnalyticsRun requireRun(long runId) {
        return runs.run(runId).orElseThrow(() -> new IllegalArgumentException("no analytics run " + runId));
    }
}
