package dev.clvops.training.features;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link TrainingSetSource} over {@code customer_features}, streamed with a cursor. The feature vector is the
 * numeric columns ({@link #NUMERIC}: BTYD inputs with recency and T in the set's unit, other durations in days;
 * a missing inter-purchase time is NaN) followed by the one-hot {@link CategoryEncoding} of channel,
 * acquisition_source and country.
 */
@Component
public class JdbcTrainingSetSource implements TrainingSetSource {

    static final List<String> NUMERIC = List.of("frequency", "recency", "T", "monetary_value", "total_spend",
            "net_spend", "order_count", "avg_order_value", "days_since_last", "tenure_days", "ipt_mean_days",
            "ipt_std_days", "orders_30d", "orders_90d", "orders_180d", "spend_30d", "spend_90d", "spend_180d",
            "distinct_categories", "return_rate", "first_order_value");

    private final SnapshotRepository snapshots;
    private final SnapshotRows rows;
    private final JdbcClient jdbc;

    JdbcTrainingSetSource(SnapshotRepository snapshots, SnapshotRows rows, DataSource dataSource) {
        this.snapshots = snapshots;
        this.rows = rows;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public TrainingSet load(SnapshotId id, TimeUnit unit) {
        FeatureSnapshot snapshot = snapshots.find(id)
                .orElseThrow(() -> new NoSuchElementException("no completed feature snapshot " + id));
        CategoryEncoding encoding = new CategoryEncoding(CategoryEncoding.COLUMNS.stream()
                .map(column -> levels(id, column)).toList());
        List<CustomerRow> customers = new ArrayList<>((int) snapshot.rowCount());
        rows.forEach(id, rs -> customers.add(row(rs, unit, encoding)));
        return new TrainingSet(id, snapshot.cutoff(), snapshot.horizonDays(), snapshot.featureSetVersion(), unit,
                Stream.concat(NUMERIC.stream(), encoding.names().stream()).toList(), customers);
    }

    private List<String> levels(SnapshotId id, String column) {
        return jdbc.sql("SELECT " + column + " FROM customer_features WHERE snapshot_id = ? AND " + column
                        + " IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, " + column + " COLLATE \"C\"")
                .param(id.value()).query(String.class).list();
    }

    private static CustomerRow row(ResultSet rs, TimeUnit unit, CategoryEncoding encoding) throws SQLException {
        double recency = unit.fromDays(rs.getDouble("recency_days"));
        double t = unit.fromDays(rs.getDouble("t_days"));
        double[] features = new double[NUMERIC.size() + encoding.names().size()];
        features[0] = rs.getInt("frequency");
        features[1] = recency;
        features[2] = t;
        for (int i = 3; i < NUMERIC.size(); i++) {
            double value = rs.getDouble(NUMERIC.get(i));
            features[i] = rs.wasNull() ? Double.NaN : value;
        }
        for (int c = 0; c < CategoryEncoding.COLUMNS.size(); c++) {
            encoding.encode(c, rs.getString(CategoryEncoding.COLUMNS.get(c)), features, NUMERIC.size());
        }
        double futureValue = rs.getDouble("future_value");
        boolean noTarget = rs.wasNull();
        return new CustomerRow(rs.getString("customer_id"), rs.getInt("frequency"), recency, t,
                rs.getDouble("monetary_value"), features, noTarget ? Double.NaN : futureValue,
                noTarget ? -1 : rs.getInt("future_orders"));
    }
}
