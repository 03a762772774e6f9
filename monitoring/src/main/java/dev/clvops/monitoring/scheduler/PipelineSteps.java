package dev.clvops.monitoring.scheduler;

import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.monitoring.driftcheck.MonitorReport;
import dev.clvops.monitoring.retrain.RetrainDecision;
import dev.clvops.monitoring.retrain.RetrainPolicy;
import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.monitoring.PipelineStep;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily pipeline's built-in steps; scoring contributes its own {@link PipelineStep} when it is wired. */
public final class PipelineSteps {

    private PipelineSteps() {
    }

    public static PipelineStep ingest(OrderIngestion ingestion, Path watchDir) {
        return new WatchedFolderIngest(ingestion, watchDir);
    }

    /** An as-of-now snapshot (no target window) at the latest order date. */
    public static PipelineStep snapshot(FeatureStore features, JdbcTemplate jdbc) {
        return step("snapshot", PipelineStep.SNAPSHOT, progress -> {
            LocalDate latest = jdbc.queryForObject("SELECT (SELECT last_date FROM order_dates)", LocalDate.class);
            if (latest == null) {
                throw new IllegalStateException("no orders to snapshot");
            }
            FeatureSnapshot snapshot = features.build(new SnapshotRequest(latest, 0), progress);
            return "snapshot " + snapshot.id().value() + " at " + latest + ", " + snapshot.rowCount() + " customers";
        });
    }

    public static PipelineStep monitor(DriftMonitor monitor) {
        return step("monitor", PipelineStep.MONITOR, progress -> {
            MonitorReport report = monitor.monitor();
            return "report " + report.reportId() + (report.alerts() ? ", drift: " + report.driftedFeatures()
                    : ", no drift");
        });
    }

    public static PipelineStep retrain(RetrainPolicy policy) {
        return step("retrain", PipelineStep.RETRAIN, progress -> {
            RetrainDecision decision = policy.decide(false);
            return (decision.retrain() ? "retrained (" + decision.outcome() + ")" : "skipped") + ": "
                    + decision.reason();
        });
    }

    private static PipelineStep step(String name, int order, Function<ProgressListener, String> body) {
        return new PipelineStep() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public String run(ProgressListener progress) {
                return body.apply(progress);
            }
        };
    }
}
