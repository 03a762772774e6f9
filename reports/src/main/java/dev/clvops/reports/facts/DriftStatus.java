package dev.clvops.reports.facts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The drift monitoring status in words, from the latest stored drift report ({@code monitor-drift}). */
final class DriftStatus {

    static final String NOT_MONITORED = "not monitored yet";
    private static final String LATEST = """
            SELECT created_at, family, model_version, drifted_share, dataset_drift, prediction_alert,
                   performance_alert, parameter_alert
            FROM drift_reports ORDER BY report_id DESC LIMIT 1""";
    private final JdbcClient jdbc;

    DriftStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String describe() {
        return jdbc.sql(LATEST).query((rs, i) -> describe(rs)).optional().orElse(NOT_MONITORED);
    }

    private static String describe(ResultSet rs) throws SQLException {
        LocalDate day = rs.getTimestamp("created_at").toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        List<String> alerts = new ArrayList<>();
        flag(rs, "dataset_drift", "dataset drift", alerts);
        flag(rs, "prediction_alert", "prediction drift", alerts);
        flag(rs, "performance_alert", "performance drift", alerts);
        flag(rs, "parameter_alert", "parameter drift", alerts);
        String share = String.format("%.0f%% of features drifted", 100 * rs.getDouble("drifted_share"));
        return "checked " + day + " on " + rs.getString("family") + " v" + rs.getInt("model_version") + ": "
                + Optional.of(alerts).filter(a -> !a.isEmpty()).map(a -> String.join(", ", a)).orElse("no alert")
                + " (" + share + ")";
    }

    private static void flag(ResultSet rs, String column, String label, List<String> alerts) throws SQLException {
        if (rs.getBoolean(column)) {
            alerts.add(label);
        }
    }
}
