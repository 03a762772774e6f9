package dev.clvops.training.pipeline;

import dev.clvops.platform.features.FeatureSnapshot;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The actual side of the tracking plot: repeat purchase days of a snapshot's customers per week of the holdout. */
@Component
class RepeatPurchases {

    private final JdbcClient jdbc;

    RepeatPurchases(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Cumulative distinct (customer, day) purchases in (cutoff, cutoff + 7w], for w = 1..weeks. */
    long[] cumulativeByWeek(FeatureSnapshot snapshot, int weeks) {
        long[] perWeek = new long[weeks];
        jdbc.sql("""
                SELECT (o.order_date - ?::date - 1) / 7 AS week, count(DISTINCT (o.customer_id, o.order_date))
                FROM orders o JOIN customer_features f ON f.customer_id = o.customer_id AND f.snapshot_id = ?
                WHERE o.order_date > ?::date AND o.order_date <= ?::date GROUP BY 1""")
                .params(snapshot.cutoff(), snapshot.id().value(), snapshot.cutoff(),
                        snapshot.cutoff().plusDays(snapshot.horizonDays()))
                .query(rs -> {
                    perWeek[rs.getInt(1)] = rs.getLong(2);
                });
        for (int w = 1; w < weeks; w++) {
            perWeek[w] += perWeek[w - 1];
        }
        return perWeek;
    }
}
