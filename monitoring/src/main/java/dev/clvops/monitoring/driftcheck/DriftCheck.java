package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.DriftEngine;
import dev.clvops.monitoring.drift.DriftReport;
import dev.clvops.monitoring.drift.FeatureDrift;
import dev.clvops.platform.features.SnapshotId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code compare} step: dataset and prediction drift of the current data against the champion's baseline. */
final class DriftCheck {

    static final String PREDICTED_CLV = "predicted_clv";

    private final ChampionLocator champions;
    private final DriftBaselines baselines;
    private final FeatureColumns columns;
    private final Predictions predictions;
    private final DriftReports reports;
    private final DriftEngine engine;
    private final JdbcTemplate jdbc;

    DriftCheck(ChampionLocator champions, DriftBaselines baselines, FeatureColumns columns, Predictions predictions,
               DriftReports reports, DriftEngine engine, JdbcTemplate jdbc) {
        this.champions = champions;
        this.baselines = baselines;
        this.columns = columns;
        this.predictions = predictions;
        this.reports = reports;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** Compares, stores the report and returns its id. */
    long compare(long jobExecutionId) {
        Champion champion = champions.locate();
        Baseline baseline = baselines.of(champion);
        SnapshotId current = currentSnapshot();
        DriftReport dataset = engine.compare(baseline.features(), columns.load(current));
        Optional<Long> run = predictions.latestRun(champion);
        FeatureDrift prediction = baseline.prediction() == null || run.isEmpty() ? null
                : engine.compare(baseline.prediction(), predictions.clv(run.get()));
        return reports.insert(champion, current, run.orElse(null), dataset, prediction, jobExecutionId);
    }

    /** The latest completed as-of-now snapshot (no target window); else the latest completed one. */
    private SnapshotId currentSnapshot() {
        List<Long> ids = jdbc.queryForList("SELECT snapshot_id FROM feature_snapshots WHERE status = 'COMPLETED'"
                + " ORDER BY horizon_days = 0 DESC, snapshot_id DESC LIMIT 1", Long.class);
        if (ids.isEmpty()) {
            throw new IllegalStateException("no completed feature snapshot to monitor; run features first");
        }
        return new SnapshotId(ids.getFirst());
    }
}
