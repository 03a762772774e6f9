package dev.clvops.reports.store;

import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import dev.clvops.reports.content.Comparison;
import dev.clvops.reports.content.HeadlineKpis;
import dev.clvops.reports.content.ReportKind;
import dev.clvops.reports.facts.ReportFacts;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Rows of {@code report_runs} and {@code reports}. */
final class JdbcReportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    JdbcReportStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    long startRun(ReportFacts facts, Instant at) {
        return jdbc.sql("INSERT INTO report_runs (analytics_run_id, snapshot_id, model_version, data_up_to,"
                + " generated_at, headline) VALUES (?, ?, ?, ?, ?, ?::jsonb) RETURNING report_run_id")
                .params(facts.run().runId(), facts.run().snapshotId(), facts.model().label(),
                        facts.dataUpTo() == null ? null : Date.valueOf(facts.dataUpTo()), Timestamp.from(at),
                        JSON.writeValueAsString(HeadlineKpis.of(facts)))
                .query(Long.class).single();
    }

    /** The headline figures of the latest run, the comparison base of the next one. */
    Optional<Comparison> latestHeadline() {
        return jdbc.sql("SELECT headline::text, generated_at FROM report_runs ORDER BY report_run_id DESC LIMIT 1")
                .query((rs, i) -> new Comparison(JSON.readValue(rs.getString(1), HeadlineKpis.class),
                        rs.getTimestamp(2).toInstant())).optional();
    }

    /**
     * The comparison base of the newest report of analytics run {@code analyticsRunId}: the report run before it, or
     * the newest report run when that analytics run has no report yet.
     */
    Optional<Comparison> headlineBefore(long analyticsRunId) {
        return jdbc.sql("SELECT headline::text, generated_at FROM report_runs WHERE report_run_id < coalesce("
                + "(SELECT max(report_run_id) FROM report_runs WHERE analytics_run_id = ?), 9223372036854775807)"
                + " ORDER BY report_run_id DESC LIMIT 1").param(analyticsRunId)
                .query((rs, i) -> new Comparison(JSON.readValue(rs.getString(1), HeadlineKpis.class),
                        rs.getTimestamp(2).toInstant())).optional();
    }

    StoredReport add(long runId, ReportKind kind, String format, String title, String fileName, long size,
                     String sha256, Instant at) {
        long id = jdbc.sql("INSERT INTO reports (report_run_id, kind, format, title, file_name, size_bytes, sha256,"
                + " generated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING report_id")
                .params(runId, kind.cliName(), format, title, fileName, size, sha256, Timestamp.from(at))
                .query(Long.class).single();
        return new StoredReport(id, runId, kind.cliName(), format, title, fileName, size, sha256, at);
    }

    List<ReportRun> runs() {
        return jdbc.sql("SELECT * FROM report_runs ORDER BY report_run_id DESC").query((rs, i) -> run(rs)).list();
    }

    Optional<ReportRun> run(long runId) {
        return jdbc.sql("SELECT * FROM report_runs WHERE report_run_id = ?").param(runId)
                .query((rs, i) -> run(rs)).optional();
    }

    Optional<StoredReport> report(long reportId) {
        return jdbc.sql("SELECT * FROM reports WHERE report_id = ?").param(reportId)
                .query((rs, i) -> report(rs)).optional();
    }

    private ReportRun run(ResultSet rs) throws SQLException {
        long id = rs.getLong("report_run_id");
        Date upTo = rs.getDate("data_up_to");
        List<StoredReport> reports = jdbc.sql("SELECT * FROM reports WHERE report_run_id = ? ORDER BY report_id")
                .param(id).query((r, i) -> report(r)).list();
        return new ReportRun(id, rs.getObject("analytics_run_id", Long.class), rs.getLong("snapshot_id"),
                rs.getString("model_version"), upTo == null ? null : upTo.toLocalDate(),
                rs.getTimestamp("generated_at").toInstant(), reports);
    }

    private static StoredReport report(ResultSet rs) throws SQLException {
        return new StoredReport(rs.getLong("report_id"), rs.getLong("report_run_id"),
                rs.getString("kind"), rs.getString("format"), rs.getString("title"),
                rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("generated_at").toInstant());
    }
}
