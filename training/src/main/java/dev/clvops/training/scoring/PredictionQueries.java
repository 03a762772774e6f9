package dev.clvops.training.scoring;

import dev.clvops.platform.features.SnapshotId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads completed scoring runs and their predictions (failed or running runs are never shown). */
@Component
public class PredictionQueries {

    private static final String RUNS = """
            SELECT r.scoring_run_id, r.snapshot_id, s.cutoff, r.family, r.model_version, r.model_run_id,
                   r.horizon_days, r.row_count, r.started_at, r.finished_at
            FROM scoring_runs r JOIN feature_snapshots s USING (snapshot_id)
            WHERE r.status = 'COMPLETED'""";
    private static final String PREDICTIONS = """
            SELECT p.scoring_run_id, customer_id, expected_purchases, p_alive, expected_spend, clv, clv_p10, clv_p50,
                   clv_p90, top_factors::text FROM customer_predictions p""";

    private final JdbcClient jdbc;

    PredictionQueries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The most recently completed scoring run. */
    public Optional<ScoringRun> latestRun() {
        return jdbc.sql(RUNS + " ORDER BY r.finished_at DESC, r.scoring_run_id DESC LIMIT 1").query(this::mapRun)
                .optional();
    }

    /** A completed scoring run by id. */
    public Optional<ScoringRun> run(long scoringRunId) {
        return jdbc.sql(RUNS + " AND r.scoring_run_id = ?").param(scoringRunId).query(this::mapRun).optional();
    }

    /** The customer's prediction in the latest completed run. */
    public Optional<StoredPrediction> latestPrediction(String customerId) {
        return latestRun().flatMap(run -> jdbc.sql(PREDICTIONS + " WHERE scoring_run_id = ? AND customer_id = ?")
                .params(run.id(), customerId).query(this::mapPrediction).optional());
    }

    /** The customer's predictions in every completed run, newest run first. */
    public List<StoredPrediction> predictions(String customerId) {
        return jdbc.sql(PREDICTIONS + " JOIN scoring_runs r USING (scoring_run_id) "
                        + "WHERE p.customer_id = ? AND r.status = 'COMPLETED' ORDER BY p.scoring_run_id DESC")
                .param(customerId).query(this::mapPrediction).list();
    }

    private ScoringRun mapRun(ResultSet rs, int row) throws SQLException {
        return new ScoringRun(rs.getLong(1), new SnapshotId(rs.getLong(2)), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getInt(5), rs.getString(6), rs.getInt(7), rs.getLong(8),
                rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant());
    }

    private StoredPrediction mapPrediction(ResultSet rs, int row) throws SQLException {
        return new StoredPrediction(rs.getLong(1), rs.getString(2), number(rs, 3), number(rs, 4), number(rs, 5),
                number(rs, 6), number(rs, 7), number(rs, 8), number(rs, 9), rs.getString(10));
    }

    private static double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : value;
    }
}
