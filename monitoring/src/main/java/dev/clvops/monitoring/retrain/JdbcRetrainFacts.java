package dev.clvops.monitoring.retrain;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gathers {@link RetrainFacts} from the tables: the last training is the latest {@code training_runs} start, new
 * orders are those of ingest runs started after it, the drift signal is the latest drift report taken after it.
 * A training run counts as running for at most 12 hours, so a crashed run does not block retraining forever.
 */
final class JdbcRetrainFacts {

    private static final Duration STALE_RUN = Duration.ofHours(12);

    private final JdbcTemplate jdbc;

    JdbcRetrainFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    RetrainFacts gather(Instant now, boolean forced) {
        Instant last = lastTraining();
        Timestamp since = Timestamp.from(last == null ? Instant.EPOCH : last);
        long newOrders = jdbc.queryForObject("SELECT count(*) FROM orders o JOIN ingest_runs r USING (run_id)"
                + " WHERE r.started_at > ?", Long.class, since);
        int retrains = jdbc.queryForObject("SELECT count(*) FROM retrain_decisions WHERE decision = 'RETRAIN'"
                + " AND decided_at > ?", Integer.class, Timestamp.from(now.minus(Duration.ofDays(7))));
        boolean running = jdbc.queryForObject("SELECT count(*) FROM training_runs WHERE status = 'RUNNING'"
                + " AND started_at > ?", Integer.class, Timestamp.from(now.minus(STALE_RUN))) > 0;
        List<RetrainFacts> withDrift = jdbc.query("SELECT report_id, dataset_drift, prediction_psi, performance_alert"
                + " FROM drift_reports WHERE created_at > ? ORDER BY report_id DESC LIMIT 1", (rs, n) ->
                new RetrainFacts(now, forced, rs.getLong("report_id"), rs.getBoolean("dataset_drift"),
                        rs.getObject("prediction_psi", Double.class), rs.getBoolean("performance_alert"), newOrders,
                        last, retrains, running), since);
        return withDrift.isEmpty()
                ? new RetrainFacts(now, forced, null, false, null, false, newOrders, last, retrains, running)
                : withDrift.getFirst();
    }

    private @Nullable Instant lastTraining() {
        Timestamp last = jdbc.queryForObject("SELECT max(started_at) FROM training_runs", Timestamp.class);
        return last == null ? null : last.toInstant();
    }
}
