package dev.clvops.monitoring.driftcheck;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Completed scoring runs of a model version and their predicted CLV column. */
final class Predictions {

    private final JdbcTemplate jdbc;

    Predictions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> firstRun(Champion champion) {
        return run(champion, "ASC");
    }

    Optional<Long> latestRun(Champion champion) {
        return run(champion, "DESC");
    }

    double[] clv(long scoringRunId) {
        return jdbc.queryForList("SELECT clv FROM customer_predictions WHERE scoring_run_id = ? ORDER BY customer_id",
                Double.class, scoringRunId).stream().mapToDouble(Double::doubleValue).toArray();
    }

    private Optional<Long> run(Champion champion, String direction) {
        List<Long> runs = jdbc.queryForList("SELECT scoring_run_id FROM scoring_runs WHERE family = ? AND model_version = ?"
                + " AND status = 'COMPLETED' AND row_count > 0 ORDER BY scoring_run_id " + direction + " LIMIT 1",
                Long.class, champion.family(), champion.version());
        return runs.stream().findFirst();
    }
}
