package dev.clvops.training.scoring;

import java.util.NoSuchElementException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code scoring_runs} table: RUNNING while the job writes, then COMPLETED or FAILED. */
@Repository
class ScoringRunRepository {

    private final JdbcClient jdbc;

    ScoringRunRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    long open(long snapshotId, Champion champion, ScoringSettings settings, long jobExecutionId) {
        return jdbc.sql("""
                        INSERT INTO scoring_runs (snapshot_id, family, model_version, model_run_id, horizon_days,
                          annual_discount_rate, gross_margin, status, job_execution_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?) RETURNING scoring_run_id""")
                .params(snapshotId, champion.family(), champion.version(), champion.runId(), champion.horizonDays(),
                        settings.annualDiscountRate(), settings.grossMargin(), jobExecutionId)
                .query(Long.class).single();
    }

    /** The champion a run was opened with. */
    Champion champion(long scoringRunId) {
        return jdbc.sql("SELECT family, model_version, model_run_id, horizon_days FROM scoring_runs "
                        + "WHERE scoring_run_id = ?").param(scoringRunId)
                .query((rs, row) -> new Champion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4)))
                .optional().orElseThrow(() -> new NoSuchElementException("no scoring run " + scoringRunId));
    }

    /** Marks a RUNNING run COMPLETED; false when it was not RUNNING. */
    boolean seal(long scoringRunId, long rowCount) {
        return jdbc.sql("""
                        UPDATE scoring_runs SET status = 'COMPLETED', row_count = ?, finished_at = now()
                        WHERE scoring_run_id = ? AND status = 'RUNNING'""")
                .params(rowCount, scoringRunId).update() == 1;
    }

    /** Marks a run that did not complete FAILED and drops any predictions it wrote. */
    void fail(long scoringRunId) {
        jdbc.sql("UPDATE scoring_runs SET status = 'FAILED', finished_at = now() "
                + "WHERE scoring_run_id = ? AND status <> 'COMPLETED'").param(scoringRunId).update();
        jdbc.sql("DELETE FROM customer_predictions WHERE scoring_run_id = ? AND scoring_run_id IN "
                + "(SELECT scoring_run_id FROM scoring_runs WHERE status = 'FAILED')").param(scoringRunId).update();
    }
}
