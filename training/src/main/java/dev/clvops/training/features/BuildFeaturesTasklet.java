package dev.clvops.training.features;

import dev.clvops.platform.job.ProgressListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
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
        try {
            LoadedOrders orders = new OrderLoader(connection).load(cutoff.plusDays(horizonDays));
            try (FeatureRowWriter writer = new FeatureRowWriter(connection, job.getLong(OpenSnapshotTasklet.SNAPSHOT_ID))) {
                writeAll(orders, writer);
                job.putString(SealSnapshotTasklet.CHECKSUM, writer.finish());
                job.putLong(SealSnapshotTasklet.ROW_COUNT, writer.rows());
                contribution.incrementWriteCount(writer.rows());
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return RepeatStatus.FINISHED;
    }

    private void writeAll(LoadedOrders orders, FeatureRowWriter writer) throws SQLException {
        FeatureCalculator calculator = new FeatureCalculator(cutoff, horizonDays);
        int[] customers = orders.customersInIdOrder();
        ThroughputReporter reporter = new ThroughputReporter(progress, customers.length, 100_000);
        for (int i = 0; i < customers.length; i++) {
            Optional<FeatureRow> row = calculator.calculate(orders.history(customers[i]));
            if (row.isPresent()) {
                writer.write(row.get());
            }
            reporter.advanced(i + 1);
        }
    }
}
