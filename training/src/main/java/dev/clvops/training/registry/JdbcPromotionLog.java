package dev.clvops.training.registry;

import dev.clvops.platform.registry.PromotionDecision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keeps promotion decisions in {@code promotion_decisions}; both registry adapters record there. */
public final class JdbcPromotionLog {

    private final JdbcClient jdbc;

    public JdbcPromotionLog(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public void record(PromotionDecision d) {
        jdbc.sql("""
                INSERT INTO promotion_decisions (family, candidate_version, champion_version, metric, candidate_value,
                    champion_value, margin, promoted, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.family(), d.candidateVersion(), d.championVersion(), d.metric(), d.candidateValue(),
                        d.championValue(), d.margin(), d.promoted(), d.reason(), Timestamp.from(d.decidedAt()))
                .update();
    }

    public List<PromotionDecision> list(String family) {
        return jdbc.sql("SELECT * FROM promotion_decisions WHERE family = ? ORDER BY decided_at DESC, id DESC")
                .param(family).query((rs, row) -> decision(rs)).list();
    }

    private static PromotionDecision decision(ResultSet rs) throws SQLException {
        return new PromotionDecision(rs.getString("family"), rs.getInt("candidate_version"),
                rs.getObject("champion_version", Integer.class), rs.getString("metric"),
                rs.getDouble("candidate_value"), rs.getObject("champion_value", Double.class), rs.getDouble("margin"),
                rs.getBoolean("promoted"), rs.getString("reason"), rs.getTimestamp("decided_at").toInstant());
    }
}
