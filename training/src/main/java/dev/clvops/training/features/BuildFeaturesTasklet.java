package dev.clvops.training.features;

import dev.clvops.platform.job.ProgressListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads the orders up to cutoff + horizon with COPY, computes every customer's row and COPYs the rows into the
 * open snapshot, inside the step's transaction (a failure leaves no rows). Puts row count and checksum into the
 * job's execution context for {@code sealSnapshot}.
 */
class BuildFeaturesTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(BuildFeaturesTasklet.class);
    /** One loading connection (one PostgreSQL backend) per core, at most four. */
    private static final int PARTITIONS = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);

    private final DataSource dataSource;
    private final LocalDate cutoff;
    private final int horizonDays;
    private final ProgressListener progress;

    BuildFeaturesTasklet(DataSource dataSource, LocalDate cutoff, int horizonDays, ProgressListener progress) {
        this.dataSource = dataSource;
        this.cutoff = cutoff;
        this.horizonDays = horizonDays;
        this.progress = progress;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws SQLException {
        ExecutionContext job = chunkContext.getStepContext().getStepExecution().getJobExecution()
                .getExecutionContext();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        long started = System.nanoTime();
        try {
            CustomerMerge orders = new CustomerMerge(new ParallelOrderLoader(dataSource, PARTITIONS)
                    .load(connection, cutoff.plusDays(horizonDays)));
            log.info("loaded {} orders of {} customers in {} s", orders.orderCount(), orders.customerCount(),
                    seconds(started));
            long snapshotId = job.getLong(OpenSnapshotTasklet.SNAPSHOT_ID);
            try (FeatureRowWriter writer = new FeatureRowWriter(connection, snapshotId)) {
                writeAll(orders, writer);
                job.putString(SealSnapshotTasklet.CHECKSUM, writer.finish());
                job.putLong(SealSnapshotTasklet.ROW_COUNT, writer.rows());
                contribution.incrementWriteCount(writer.rows());
                log.info("wrote {} feature rows, {} s since start", writer.rows(), seconds(started));
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return RepeatStatus.FINISHED;
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private void writeAll(CustomerMerge orders, FeatureRowWriter writer) throws SQLException {
        ThroughputReporter reporter = new ThroughputReporter(progress, orders.customerCount(), 100_000);
        long done = 0;
        reporter.advanced(done);
        try (ParallelRowEncoder encoder = new ParallelRowEncoder(new FeatureCalculator(cutoff, horizonDays), writer)) {
            for (CustomerHistory history = orders.next(); history != null; history = orders.next()) {
                encoder.add(history);
                reporter.advanced(++done);
            }
            encoder.finish();
        }
    }
}
