package dev.clvops.deploy.api.models;

import dev.clvops.deploy.api.JdbcValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Training runs and drift reports, read only when their tables exist (the modules writing them may be absent). */
@Component
class ModelQueries {

    private final JdbcClient jdbc;

    ModelQueries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    boolean hasTable(String table) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(table).query(Boolean.class).single();
    }

    /** The latest training runs, newest first; empty without the table. */
    List<Map<String, Object>> trainingRuns(int limit) {
        if (!hasTable("training_runs")) {
            return List.of();
        }
        return JdbcValues.rows(jdbc.sql("SELECT * FROM training_runs ORDER BY run_id DESC LIMIT ?").param(limit));
    }

    /** Drift reports, newest first; empty without the table or rows. */
    List<Map<String, Object>> driftReports(int limit) {
        if (!hasTable("drift_reports")) {
            return List.of();
        }
        String order = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = 'drift_reports'"
                        + " ORDER BY ordinal_position LIMIT 1").query(String.class).optional().orElse("1");
        return JdbcValues.rows(jdbc.sql("SELECT * FROM drift_reports ORDER BY " + quoted(order) + " DESC LIMIT ?")
                .param(limit));
    }

    Optional<Map<String, Object>> latestDriftReport() {
        return driftReports(1).stream().findFirst();
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
