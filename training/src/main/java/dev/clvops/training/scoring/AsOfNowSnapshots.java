package dev.clvops.training.scoring;

import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.job.ProgressListener;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The as-of-now snapshot of the stored orders: cutoff = latest order date, horizon 0, built after the latest order
 * was stored. Found, or built through the {@link FeatureStore}.
 */
@Component
class AsOfNowSnapshots {

    private static final Logger log = LoggerFactory.getLogger(AsOfNowSnapshots.class);

    private final JdbcClient jdbc;
    private final FeatureStore features;

    AsOfNowSnapshots(DataSource dataSource, FeatureStore features) {
        this.jdbc = JdbcClient.create(dataSource);
        this.features = features;
    }

    /** @throws IllegalStateException when no orders are stored */
    SnapshotId findOrBuild(ProgressListener progress) {
        LocalDate latest = jdbc.sql("SELECT (SELECT last_date FROM order_dates)").query(LocalDate.class).optional()
                .orElseThrow(() -> new IllegalStateException("no orders are stored: ingest orders before scoring"));
        return existing(latest).orElseGet(() -> {
            log.info("building the as-of-now feature snapshot at cutoff {}", latest);
            return features.build(new SnapshotRequest(latest, 0), progress).id();
        });
    }

    private Optional<SnapshotId> existing(LocalDate latest) {
        return jdbc.sql("""
                        SELECT snapshot_id FROM feature_snapshots
                        WHERE status = 'COMPLETED' AND cutoff = ? AND horizon_days = 0 AND orders_max_date = ?
                        ORDER BY created_at DESC, snapshot_id DESC LIMIT 1""")
                .params(latest, latest).query(Long.class).optional().map(SnapshotId::new);
    }
}
