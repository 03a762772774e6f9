package dev.clvops.monitoring.history;

import dev.clvops.platform.drift.DriftBaseline;
import dev.clvops.platform.drift.DriftHistory;
import dev.clvops.platform.drift.DriftReportSummary;
import dev.clvops.platform.drift.FeatureDriftRow;
import dev.clvops.platform.drift.FeaturePsiPoint;
import dev.clvops.platform.drift.MetricShift;
import dev.clvops.platform.drift.ParameterShift;
import dev.clvops.platform.drift.RetrainRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads {@code drift_reports}, {@code drift_report_features}, {@code drift_baselines} and {@code retrain_decisions};
 * the JSON columns (performance, parameters, facts) are read by {@link JsonColumns}.
 */
public class JdbcDriftHistory implements DriftHistory {

    private static final String PREDICTED_CLV = "predicted_clv";

    private final JdbcTemplate jdbc;

    public JdbcDriftHistory(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Optional<DriftReportSummary> latest() {
        return reports(1).stream().findFirst();
    }

    @Override
    public List<DriftReportSummary> reports(int limit) {
        return jdbc.query("SELECT * FROM drift_reports ORDER BY report_id DESC LIMIT ?", (rs, n) -> summary(rs),
                limit);
    }

    @Override
    public List<FeatureDriftRow> features(long reportId) {
        return jdbc.query("SELECT * FROM drift_report_features WHERE report_id = ? ORDER BY feature = ?, psi DESC,"
                + " feature",
                (rs, n) -> new FeatureDriftRow(rs.getString("feature"), rs.getString("kind"), rs.getDouble("psi"),
                        rs.getDouble("statistic"), rs.getDouble("p_value"), rs.getDouble("effect_size"),
                        rs.getString("verdict"), rs.getBoolean("drifted")), reportId, PREDICTED_CLV);
    }

    @Override
    public List<FeaturePsiPoint> psiHistory(int reports) {
        return jdbc.query("""
                SELECT f.report_id, r.created_at, f.feature, f.psi FROM drift_report_features f
                JOIN (SELECT report_id, created_at FROM drift_reports ORDER BY report_id DESC LIMIT ?) r
                  ON r.report_id = f.report_id
                ORDER BY f.report_id, f.feature""", (rs, n) -> new FeaturePsiPoint(rs.getLong("report_id"),
                instant(rs, "created_at"), rs.getString("feature"), rs.getDouble("psi")), reports);
    }

    @Override
    public List<MetricShift> performance(long reportId) {
        return jdbc.queryForList("SELECT performance::text FROM drift_reports WHERE report_id = ?", String.class,
                reportId).stream().filter(Objects::nonNull).findFirst().map(JsonColumns::metrics).orElse(List.of());
    }

    @Override
    public List<ParameterShift> parameters(long reportId) {
        return jdbc.queryForList("SELECT parameters::text FROM drift_reports WHERE report_id = ?", String.class,
                reportId).stream().filter(Objects::nonNull).findFirst().map(JsonColumns::parameters).orElse(List.of());
    }

    @Override
    public Optional<DriftBaseline> baseline(String family, int modelVersion) {
        return jdbc.query("""
                SELECT snapshot_id, jsonb_array_length(profiles) AS features, prediction_run_id, created_at
                FROM drift_baselines WHERE family = ? AND model_version = ?""", (rs, n) -> new DriftBaseline(family,
                modelVersion, rs.getLong("snapshot_id"), rs.getInt("features"),
                rs.getObject("prediction_run_id", Long.class), instant(rs, "created_at")), family, modelVersion)
                .stream().findFirst();
    }

    @Override
    public List<RetrainRecord> retrainDecisions(int limit) {
        return jdbc.query("SELECT * FROM retrain_decisions ORDER BY decision_id DESC LIMIT ?", (rs, n) ->
                new RetrainRecord(rs.getLong("decision_id"), instant(rs, "decided_at"),
                        rs.getString("decision").equals("RETRAIN"), rs.getString("reason"), rs.getBoolean("forced"),
                        rs.getObject("drift_report_id", Long.class), JsonColumns.facts(rs.getString("facts")),
                        rs.getString("outcome"), rs.getObject("training_run_id", Long.class),
                        nullableInstant(rs, "finished_at")), limit);
    }

    private static DriftReportSummary summary(ResultSet rs) throws SQLException {
        return new DriftReportSummary(rs.getLong("report_id"), instant(rs, "created_at"), rs.getString("family"),
                rs.getInt("model_version"), rs.getLong("reference_snapshot_id"), rs.getLong("current_snapshot_id"),
                rs.getObject("scoring_run_id", Long.class), rs.getDouble("drifted_share"),
                rs.getBoolean("dataset_drift"), rs.getObject("prediction_psi", Double.class),
                rs.getBoolean("prediction_alert"), rs.getBoolean("performance_alert"),
                rs.getBoolean("parameter_alert"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
