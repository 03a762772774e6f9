package dev.clvops.training.pipeline;

import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.job.ProgressListener;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the snapshots a run trains on: the holdout snapshot (its target window must have passed) and, for xgboost,
 * the snapshot one horizon earlier whose targets end at the holdout's cutoff. Reuses a completed snapshot with the
 * same cutoff and horizon, else builds one through the feature store.
 */
@Component
class SnapshotResolver {

    private final FeatureStore store;
    private final JdbcClient jdbc;

    SnapshotResolver(FeatureStore store, DataSource dataSource) {
        this.store = store;
        this.jdbc = JdbcClient.create(dataSource);
    }

    FeatureSnapshot holdout(@Nullable Long snapshotId, @Nullable LocalDate cutoff, int horizonDays,
                            ProgressListener progress) {
        LocalDate latest = orderDate("last_date").orElseThrow(() -> new IllegalStateException(
                "no orders stored: ingest orders before training"));
        FeatureSnapshot snapshot = snapshotId != null
                ? store.find(new SnapshotId(snapshotId)).orElseThrow(() -> new NoSuchElementException(
                        "no completed feature snapshot " + snapshotId))
                : findOrBuild(cutoff != null ? cutoff : latest.minusDays(horizonDays), horizonDays, progress);
        if (snapshot.horizonDays() <= 0) {
            throw new IllegalArgumentException("snapshot " + snapshot.id() + " has no target window: training needs "
                    + "a snapshot whose targets are known (build one with a horizon)");
        }
        LocalDate windowEnd = snapshot.cutoff().plusDays(snapshot.horizonDays());
        if (windowEnd.isAfter(latest)) {
            throw new IllegalArgumentException("the target window of cutoff " + snapshot.cutoff() + " + "
                    + snapshot.horizonDays() + " days ends " + windowEnd + ", after the latest order (" + latest
                    + "): its targets are not known yet");
        }
        return snapshot;
    }

    /** The snapshot one horizon before the holdout, if orders reach back that far. */
    Optional<FeatureSnapshot> earlier(FeatureSnapshot holdout, ProgressListener progress) {
        LocalDate cutoff = holdout.cutoff().minusDays(holdout.horizonDays());
        boolean covered = orderDate("first_date").filter(first -> !first.isAfter(cutoff)).isPresent();
        return covered ? Optional.of(findOrBuild(cutoff, holdout.horizonDays(), progress)) : Optional.empty();
    }

    private FeatureSnapshot findOrBuild(LocalDate cutoff, int horizonDays, ProgressListener progress) {
        return store.list().stream()
                .filter(s -> s.cutoff().equals(cutoff) && s.horizonDays() == horizonDays)
                .findFirst()
                .orElseGet(() -> store.build(new SnapshotRequest(cutoff, horizonDays), progress));
    }

    /** The store's first or last order date ({@code first_date} or {@code last_date} of {@code order_dates}). */
    private Optional<LocalDate> orderDate(String column) {
        return Optional.ofNullable(jdbc.sql("SELECT (SELECT " + column + " FROM order_dates)")
                .query((rs, row) -> rs.getObject(1, LocalDate.class)).single());
    }
}
