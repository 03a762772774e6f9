package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.CurrentColumns;
import dev.clvops.monitoring.drift.ProfileSettings;
import dev.clvops.monitoring.drift.ReferenceProfile;
import dev.clvops.platform.features.SnapshotId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the monitored columns of a snapshot's {@code customer_features}. */
final class FeatureColumns {

    static final List<String> NUMERIC = List.of("frequency", "recency_days", "t_days", "monetary_value",
            "total_spend", "avg_order_value", "days_since_last", "orders_30d", "orders_90d", "spend_30d",
            "spend_90d", "distinct_categories", "return_rate", "first_order_value");
    static final List<String> CATEGORICAL = List.of("channel", "acquisition_source", "country");

    private final JdbcTemplate jdbc;

    FeatureColumns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    CurrentColumns load(SnapshotId snapshot) {
        int rows = jdbc.queryForObject("SELECT count(*) FROM customer_features WHERE snapshot_id = ?",
                Integer.class, snapshot.value());
        if (rows == 0) {
            throw new IllegalStateException("snapshot " + snapshot.value() + " has no customers");
        }
        Map<String, double[]> numeric = new LinkedHashMap<>();
        NUMERIC.forEach(name -> numeric.put(name, new double[rows]));
        Map<String, String[]> categorical = new LinkedHashMap<>();
        CATEGORICAL.forEach(name -> categorical.put(name, new String[rows]));
        int[] row = {0};
        jdbc.query("SELECT " + String.join(", ", NUMERIC) + ", " + String.join(", ", CATEGORICAL)
                + " FROM customer_features WHERE snapshot_id = ? ORDER BY customer_id", (ResultSet rs) -> {
                    read(rs, row[0]++, numeric, categorical);
                }, snapshot.value());
        return new CurrentColumns(numeric, categorical);
    }

    static List<ReferenceProfile> profiles(CurrentColumns columns, ProfileSettings settings) {
        List<ReferenceProfile> profiles = new ArrayList<>();
        NUMERIC.forEach(name -> profiles.add(ReferenceProfile.numeric(name, columns.numeric().get(name), settings)));
        CATEGORICAL.forEach(name -> profiles.add(ReferenceProfile.categorical(name, columns.categorical().get(name))));
        return profiles;
    }

    private static void read(ResultSet rs, int row, Map<String, double[]> numeric, Map<String, String[]> categorical)
            throws SQLException {
        for (var column : numeric.entrySet()) {
            column.getValue()[row] = rs.getDouble(column.getKey());
        }
        for (var column : categorical.entrySet()) {
            column.getValue()[row] = rs.getString(column.getKey());
        }
    }
}
