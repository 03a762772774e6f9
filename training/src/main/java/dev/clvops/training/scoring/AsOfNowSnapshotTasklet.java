package dev.clvops.training.scoring;

import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.job.ProgressListener;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the as-of-now snapshot of the stored orders (cutoff = latest order date, horizon 0, built after the
 * latest order was stored) or builds it through the {@link FeatureStore}, and puts its id into the job's context.
 * Runs without a surrounding transaction: the build is a job of its own.
 */
class AsOfNowSnapshotTasklet implements Tasklet {

    static final String SNAPSHOT_ID = "snapshotId";
    private static final Logger log = LoggerFactory.getLogger(AsOfNowSnapshotTasklet.class);

    private final JdbcClient jdbc;
    private final FeatureStore features;
    private final ProgressListener progress;

    AsOfNowSnapshotTasklet(DataSource dataSource, FeatureStore features, ProgressListener progress) {
        this.jdbc = JdbcClient.create(dataSource);
        this.features = features;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LocalDate latest = jdbc.sql("SELECT max(order_date) FROM orders").query(LocalDate.class).optional()
                .orElseThrow(() -> new IllegalStateException("no orders are stored: ingest orders before scoring"));
        long snapshotId = existing(latest).orElseGet(() -> {
            log.info("building the as-of-now feature snapshot at cutoff {}", latest);
            return features.build(new SnapshotRequest(latest, 0), progress).id().value();
        });
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putLong(SNAPSHOT_ID, snapshotId);
        return RepeatStatus.FINISHED;
    }

    private Optional<Long> existing(LocalDate latest) {
        return jdbc.sql("""
                        SELECT snapshot_id FROM feature_snapshots
                        WHERE status = 'COMPLETED' AND cutoff = ? AND horizon_days = 0 AND orders_max_date = ?
                        ORDER BY created_at DESC, snapshot_id DESC LIMIT 1""")
                .params(latest, latest).query(Long.class).optional();
    }
}
