package dev.clvops.reports.facts;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The drift monitoring status in words, from the latest row of {@code drift_reports} when the monitoring module
 * has created that table; reads the row generically (status and time columns by common names).
 */
final class DriftStatus {

    static final String NOT_MONITORED = "not monitored yet";
    private static final List<String> STATUS = List.of("status", "verdict", "drift_status", "severity", "drifted",
            "drift_detected");
    private static final List<String> TIME = List.of("created_at", "computed_at", "checked_at", "generated_at",
            "finished_at");
    private final JdbcClient jdbc;

    DriftStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String describe() {
        boolean exists = jdbc.sql("SELECT to_regclass('drift_reports') IS NOT NULL").query(Boolean.class).single();
        if (!exists) {
            return NOT_MONITORED;
        }
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM drift_reports ORDER BY 1 DESC LIMIT 1").query()
                .listOfRows();
        if (rows.isEmpty()) {
            return "monitored, no drift check has run yet";
        }
        Map<String, Object> row = rows.getFirst();
        Object status = first(row, STATUS);
        Object time = first(row, TIME);
        return "latest drift check" + (time == null ? "" : " at " + time) + ": "
                + (status == null ? "recorded" : status.toString());
    }

    private static Object first(Map<String, Object> row, List<String> names) {
        return names.stream().filter(row::containsKey).map(row::get).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }
}
