package dev.clvops.monitoring.retrain;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.json.JsonMapper;

/** {@code retrain_decisions}: every decision with its facts; the retrain's listener records the outcome. */
public class RetrainDecisions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RetrainDecisions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(RetrainFacts facts, boolean retrain, String reason) {
        var key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var statement = c.prepareStatement("INSERT INTO retrain_decisions (decided_at, decision, reason, forced,"
                    + " drift_report_id, facts) VALUES (?, ?, ?, ?, ?, ?::jsonb)", new String[] {"decision_id"});
            statement.setTimestamp(1, Timestamp.from(facts.now()));
            statement.setString(2, retrain ? "RETRAIN" : "SKIP");
            statement.setString(3, reason);
            statement.setBoolean(4, facts.forced());
            statement.setObject(5, facts.driftReportId());
            statement.setString(6, JSON.writeValueAsString(facts));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** Records how a retrain ended, e.g. {@code promoted}, {@code kept} or {@code failed}. */
    public void recordOutcome(long decisionId, String outcome, @Nullable Long trainingRunId) {
        jdbc.update("UPDATE retrain_decisions SET outcome = ?, training_run_id = ?, finished_at = ?"
                + " WHERE decision_id = ?", outcome, trainingRunId, Timestamp.from(clock.instant()), decisionId);
    }

    public RetrainDecision find(long decisionId) {
        return jdbc.queryForObject("SELECT * FROM retrain_decisions WHERE decision_id = ?", (rs, n) -> {
            Timestamp finished = rs.getTimestamp("finished_at");
            return new RetrainDecision(decisionId, rs.getString("decision").equals("RETRAIN"), rs.getString("reason"),
                    JSON.readValue(rs.getString("facts"), RetrainFacts.class), rs.getString("outcome"),
                    rs.getObject("training_run_id", Long.class), finished == null ? null : finished.toInstant());
        }, decisionId);
    }
}
