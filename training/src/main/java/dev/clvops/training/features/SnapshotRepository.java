package dev.clvops.training.features;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.SnapshotRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code feature_snapshots} table: BUILDING while a job writes, then COMPLETED or FAILED. */
@Repository
class SnapshotRepository {

    /** The version of the feature definitions in {@link FeatureCalculator}; bump when a definition changes. */
    static final String FEATURE_SET_VERSION = "fs-1";

    private static final String COMPLETED = """
            SELECT snapshot_id, cutoff, horizon_days, feature_set_version, row_count, checksum, created_at
            FROM feature_snapshots WHERE status = 'COMPLETED'""";

    private final JdbcClient jdbc;

    SnapshotRepository(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    long open(SnapshotRequest request, long jobExecutionId) {
        return jdbc.sql("""
                        INSERT INTO feature_snapshots
                          (cutoff, horizon_days, feature_set_version, status, job_execution_id)
                        VALUES (?, ?, ?, 'BUILDING', ?) RETURNING snapshot_id""")
                .params(request.cutoff(), request.horizonDays(), FEATURE_SET_VERSION, jobExecutionId)
                .query(Long.class).single();
    }

    /** Marks a BUILDING snapshot COMPLETED; false when it was not BUILDING. */
    boolean seal(long snapshotId, long rowCount, String checksum) {
        return jdbc.sql("""
                        UPDATE feature_snapshots SET status = 'COMPLETED', row_count = ?, checksum = ?,
                          orders_max_date = (SELECT last_date FROM order_dates)
                        WHERE snapshot_id = ? AND status = 'BUILDING'""")
                .params(rowCount, checksum, snapshotId).update() == 1;
    }

    /** Marks a snapshot that did not complete FAILED and drops any rows it wrote. */
    void fail(long snapshotId) {
        jdbc.sql("UPDATE feature_snapshots SET status = 'FAILED' WHERE snapshot_id = ? AND status <> 'COMPLETED'")
                .param(snapshotId).update();
        jdbc.sql("""
                DELETE FROM customer_features WHERE snapshot_id = ?
                AND snapshot_id IN (SELECT snapshot_id FROM feature_snapshots WHERE status = 'FAILED')""")
                .param(snapshotId).update();
    }

    Optional<FeatureSnapshot> find(SnapshotId id) {
        return jdbc.sql(COMPLETED + " AND snapshot_id = ?").param(id.value()).query(this::map).optional();
    }

    List<FeatureSnapshot> list() {
        return jdbc.sql(COMPLETED + " ORDER BY created_at DESC, snapshot_id DESC").query(this::map).list();
    }

    Optional<FeatureSnapshot> latest() {
        return jdbc.sql(COMPLETED + " ORDER BY created_at DESC, snapshot_id DESC LIMIT 1").query(this::map).optional();
    }

    private FeatureSnapshot map(ResultSet rs, int row) throws SQLException {
        return new FeatureSnapshot(new SnapshotId(rs.getLong(1)), rs.getObject(2, LocalDate.class), rs.getInt(3),
                rs.getString(4), rs.getLong(5), rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }
}
