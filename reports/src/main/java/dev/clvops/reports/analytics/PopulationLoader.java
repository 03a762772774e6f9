package dev.clvops.reports.analytics;

import dev.clvops.reports.population.Population;
import dev.clvops.reports.population.Predictions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGStatement;

/**
 * Streams a snapshot's features joined with a scoring run's predictions into a {@link Population}, ordered by
 * customer id. Customers the scoring run missed get CLV 0 and no P(alive).
 */
final class PopulationLoader {

    private static final String SQL = """
            SELECT f.customer_id, f.days_since_last, f.order_count, f.total_spend, f.avg_order_value, f.tenure_days,
                   f.recency_days, f.ipt_mean_days, f.ipt_std_days, f.first_order_date, f.channel,
                   p.clv, p.expected_purchases, p.p_alive
            FROM customer_features f
            LEFT JOIN customer_predictions p ON p.scoring_run_id = ? AND p.customer_id = f.customer_id
            WHERE f.snapshot_id = ? ORDER BY f.customer_id""";

    private PopulationLoader() {
    }

    static Population load(DataSource dataSource, long snapshotId, LocalDate cutoff, @Nullable Long scoringRunId,
                           int horizonDays) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            int n = count(c, snapshotId);
            Predictions predictions = scoringRunId == null ? null : Predictions.allocate(n, horizonDays);
            Population p = Population.allocate(n, cutoff, predictions);
            c.setAutoCommit(false); // lets the driver stream with a fetch size
            try (PreparedStatement s = c.prepareStatement(SQL)) {
                s.setFetchSize(20_000);
                // binary rows from the first execution: no text parsing of 1M x 14 values on either side
                s.unwrap(PGStatement.class).setPrepareThreshold(-1);
                s.setLong(1, scoringRunId == null ? -1 : scoringRunId);
                s.setLong(2, snapshotId);
                try (ResultSet rs = s.executeQuery()) {
                    for (int i = 0; rs.next(); i++) {
                        read(rs, i, p, predictions);
                    }
                }
            } finally {
                c.commit();
            }
            return p;
        }
    }

    private static void read(ResultSet rs, int i, Population p, @Nullable Predictions pr) throws SQLException {
        p.ids()[i] = rs.getString(1);
        p.daysSinceLast()[i] = rs.getDouble(2);
        p.orderCount()[i] = rs.getInt(3);
        p.totalSpend()[i] = rs.getDouble(4);
        p.avgOrderValue()[i] = rs.getDouble(5);
        p.tenureDays()[i] = rs.getDouble(6);
        p.repeatSpanDays()[i] = rs.getDouble(7);
        p.iptMeanDays()[i] = nan(rs, 8);
        p.iptStdDays()[i] = nan(rs, 9);
        p.firstOrderDays()[i] = rs.getDate(10).toLocalDate().toEpochDay();
        p.channel()[i] = rs.getString(11);
        if (pr != null) {
            double clv = rs.getDouble(12);
            pr.clv()[i] = rs.wasNull() ? 0 : clv;
            pr.expectedPurchases()[i] = nan(rs, 13);
            pr.pAlive()[i] = nan(rs, 14);
        }
    }

    private static double nan(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static int count(Connection c, long snapshotId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM customer_features WHERE snapshot_id = ?")) {
            s.setLong(1, snapshotId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
