package dev.clvops.training.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code bulkLoad} step of {@code orders} files: each call reads, validates and sends one block of records
 * ({@link SourceBlockReader}, {@link BlockEncoder}, {@link BulkLoad}), so progress is reported and a stop takes
 * effect per block; the last call stores and commits the whole run. Closing the step releases an unfinished load,
 * which rolls it back.
 */
class BulkLoadTasklet implements Tasklet, ItemStream {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoadTasklet.class);
    private static final int BLOCK_BYTES = 4 << 20;
    private static final long PROGRESS_NANOS = 250_000_000L;

    private final DataSource dataSource;
    private final Path file;
    private final SourceLayout layout;
    private final long runId;
    private final long fileBytes;
    private final ProgressThrottle progress;
    private @Nullable SourceBlockReader reader;
    private @Nullable BlockEncoder encoder;
    private @Nullable BulkLoad load;

    BulkLoadTasklet(DataSource dataSource, Path file, SourceLayout layout, long runId, IngestProgressRegistry registry,
                    long fileBytes) {
        this.dataSource = dataSource;
        this.file = file;
        this.layout = layout;
        this.runId = runId;
        this.fileBytes = fileBytes;
        this.progress = new ProgressThrottle(IngestOrdersJobConfiguration.JOB_NAME, fileBytes, PROGRESS_NANOS,
                System.nanoTime(), registry.listener(runId), LOG::info);
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            reader = SourceBlockReader.open(file, layout, BLOCK_BYTES);
            // about 60 bytes per order row sizes the run's key sets (up to 4M rows; past that they grow)
            load = BulkLoad.open(dataSource, runId);
            encoder = new BlockEncoder(layout, LocalDate.now(), runId, (int) Math.min(fileBytes / 60, 1 << 22),
                    load.attributes());
            LOG.info("ingest run {}: loading {} {}", runId, layout.fileName(),
                    load.intoEmptyStore() ? "straight into the empty store" : "through temporary tables (merge)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start the bulk load of ingest run " + runId, e);
        }
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (reader == null || encoder == null || load == null) {
            throw new IllegalStateException("bulk load of ingest run " + runId + " is not open");
        }
        SourceBlock block = reader.next();
        if (block == null) {
            // every row is read and sent; what is left (seconds for a large merge) is PostgreSQL's
            progress.report(encoder.tally().read, reader.bytesRead(), System.nanoTime(),
                    load.intoEmptyStore() ? "building keys" : "merging into the stored orders");
            load.finish(encoder.tally());
            progress.report(encoder.tally().read, reader.bytesRead(), System.nanoTime());
            return RepeatStatus.FINISHED;
        }
        EncodedBlock encoded = encoder.encode(block, load.reusable());
        load.add(encoded);
        // rows, not blocks, are the step's items: every row read is written to a COPY (stored or quarantined)
        chunkContext.getStepContext().getStepExecution().setReadCount(encoder.tally().read);
        contribution.incrementWriteCount(encoded.rows);
        progress.update(encoder.tally().read, reader.bytesRead(), System.nanoTime());
        return RepeatStatus.CONTINUABLE;
    }

    @Override
    public void close() {
        try (SourceBlockReader r = reader; BulkLoad l = load) {
            reader = null;
            load = null;
            encoder = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the bulk load of ingest run " + runId, e);
        }
    }
}
