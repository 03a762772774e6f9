package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.DriftReport;
import dev.clvops.monitoring.drift.DriftVerdict;
import dev.clvops.monitoring.drift.FeatureDrift;
import dev.clvops.monitoring.drift.FeatureKind;
import dev.clvops.platform.features.SnapshotId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code drift_reports} and {@code drift_report_features}: every check with its per-feature rows. */
final class DriftReports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    DriftReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Champion champion, SnapshotId current, @Nullable Long scoringRun, DriftReport dataset,
                @Nullable FeatureDrift prediction, long jobExecutionId) {
        var key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var statement = c.prepareStatement("INSERT INTO drift_reports (family, model_version,"
                    + " reference_snapshot_id, current_snapshot_id, scoring_run_id, drifted_share, dataset_drift,"
                    + " prediction_psi, prediction_alert, job_execution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"report_id"});
            statement.setString(1, champion.family());
            statement.setInt(2, champion.version());
            statement.setLong(3, champion.snapshot().value());
            statement.setLong(4, current.value());
            statement.setObject(5, scoringRun);
            statement.setDouble(6, dataset.driftedShare());
            statement.setBoolean(7, dataset.datasetDrift());
            statement.setObject(8, prediction == null ? null : prediction.psi());
            statement.setBoolean(9, prediction != null && prediction.drifted());
            statement.setLong(10, jobExecutionId);
            return statement;
        }, key);
        long reportId = key.getKey().longValue();
        List<FeatureDrift> rows = new ArrayList<>(dataset.features());
        if (prediction != null) {
            rows.add(prediction);
        }
        jdbc.batchUpdate("INSERT INTO drift_report_features (report_id, feature, kind, psi, statistic, p_value,"
                + " effect_size, bins, reference_proportions, current_proportions, verdict, drifted)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)", rows.stream().map(f ->
                new Object[] {reportId, f.feature(), f.kind().name(), f.psi(), f.statistic(), f.pValue(),
                    f.effectSize(), JSON.writeValueAsString(f.bins()),
                    JSON.writeValueAsString(f.referenceProportions()),
                    JSON.writeValueAsString(f.currentProportions()), f.verdict().name(), f.drifted()}).toList());
        return reportId;
    }

    void performance(long reportId, PerformanceResult result) {
        jdbc.update("UPDATE drift_reports SET performance = ?::jsonb, performance_alert = ? WHERE report_id = ?",
                JSON.writeValueAsString(result), result.alert(), reportId);
    }

    void parameters(long reportId, ParameterCheck.Refit refit) {
        jdbc.update("UPDATE drift_reports SET parameters = ?::jsonb, parameter_alert = ?, parameter_window_days = ?,"
                + " parameter_customers = ? WHERE report_id = ?", JSON.writeValueAsString(refit.shifts()),
                refit.shifts().stream().anyMatch(ParameterShift::alert), refit.cohort().windowDays(),
                refit.cohort().customers(), reportId);
    }

    Optional<Long> latestId() {
        return jdbc.queryForList("SELECT max(report_id) FROM drift_reports", Long.class).stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    MonitorReport load(long reportId) {
        List<FeatureDrift> rows = jdbc.query("SELECT * FROM drift_report_features WHERE report_id = ?",
                (rs, n) -> feature(rs), reportId).stream().sorted(Comparator.comparingInt(DriftReports::position))
                .toList();
        FeatureDrift prediction = rows.stream().filter(f -> f.feature().equals(DriftCheck.PREDICTED_CLV))
                .findFirst().orElse(null);
        List<FeatureDrift> features = rows.stream().filter(f -> f != prediction).toList();
        return jdbc.queryForObject("SELECT * FROM drift_reports WHERE report_id = ?", (rs, n) -> new MonitorReport(
                reportId, rs.getTimestamp("created_at").toInstant(), rs.getString("family"),
                rs.getInt("model_version"), rs.getLong("reference_snapshot_id"), rs.getLong("current_snapshot_id"),
                rs.getObject("scoring_run_id", Long.class), features, rs.getDouble("drifted_share"),
                rs.getBoolean("dataset_drift"), prediction, performance(rs.getString("performance")),
                parameters(rs.getString("parameters")), cohort(rs)), reportId);
    }

    /** Features in monitoring order (numeric, categorical), the prediction last. */
    private static int position(FeatureDrift feature) {
        int numeric = FeatureColumns.NUMERIC.indexOf(feature.feature());
        int categorical = FeatureColumns.CATEGORICAL.indexOf(feature.feature());
        return numeric >= 0 ? numeric : categorical >= 0 ? FeatureColumns.NUMERIC.size() + categorical
                : Integer.MAX_VALUE;
    }

    private static @Nullable PerformanceResult performance(@Nullable String json) {
        return json == null ? null : JSON.readValue(json, PerformanceResult.class);
    }

    private static @Nullable RefitCohort cohort(ResultSet rs) throws SQLException {
        Integer days = rs.getObject("parameter_window_days", Integer.class);
        return days == null ? null : new RefitCohort(days, rs.getInt("parameter_customers"));
    }

    private static List<ParameterShift> parameters(@Nullable String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<ParameterShift>>() { });
    }

    private static FeatureDrift feature(ResultSet rs) throws SQLException {
        return new FeatureDrift(rs.getString("feature"), FeatureKind.valueOf(rs.getString("kind")),
                rs.getDouble("psi"), rs.getDouble("statistic"), rs.getDouble("p_value"), rs.getDouble("effect_size"),
                JSON.readValue(rs.getString("bins"), new TypeReference<List<String>>() { }),
                JSON.readValue(rs.getString("reference_proportions"), new TypeReference<List<Double>>() { }),
                JSON.readValue(rs.getString("current_proportions"), new TypeReference<List<Double>>() { }),
                DriftVerdict.valueOf(rs.getString("verdict")), rs.getBoolean("drifted"));
    }
}
