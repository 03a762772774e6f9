package dev.clvops.deploy.api.predict;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The value tiers of the latest analytics run as CLV lower bounds, highest tier first; a predicted CLV gets the
 * first tier whose lowest member it reaches, else the lowest tier.
 */
record TierCuts(long runId, List<Cut> cuts) {

    record Cut(String tier, double minClv) {
    }

    TierCuts {
        cuts = List.copyOf(cuts);
    }

    static TierCuts load(JdbcClient jdbc, long runId) {
        List<Cut> cuts = jdbc.sql("SELECT tier, min(clv) AS min_clv FROM customer_analytics WHERE run_id = ?"
                        + " AND tier IS NOT NULL AND clv IS NOT NULL GROUP BY tier ORDER BY min(clv) DESC")
                .param(runId).query((rs, i) -> new Cut(rs.getString(1), rs.getDouble(2))).list();
        return new TierCuts(runId, cuts);
    }

    @Nullable String tier(double clv) {
        for (Cut cut : cuts) {
            if (clv >= cut.minClv()) {
                return cut.tier();
            }
        }
        return cuts.isEmpty() ? null : cuts.getLast().tier();
    }
}
