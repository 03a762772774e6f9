package dev.clvops.training.ingest;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes the run's staged rows (accepted and quarantined alike) into {@code ingest_staged_rows} through one
 * {@link StagingCopyStream} for the whole step: chunks are handed to the COPY thread, and closing the step ends the
 * COPY and commits. A run is never resumed, so a failed or killed load leaves at most rows the run's failure
 * handling deletes; the merge checks that every row the step wrote was staged.
 */
class StagingCopyWriter implements ItemStreamWriter<StagedRow> {

    private final DataSource dataSource;
    private final long runId;
    private @Nullable StagingCopyStream stream;
    private boolean failed;

    StagingCopyWriter(DataSource dataSource, long runId) {
        this.dataSource = dataSource;
        this.runId = runId;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            stream = StagingCopyStream.open(dataSource, runId);
        } catch (SQLException e) {
            throw new ItemStreamException("cannot start the staging COPY of ingest run " + runId, e);
        }
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) throws InterruptedException {
        if (stream == null) {
            throw new IllegalStateException("staging writer of ingest run " + runId + " is not open");
        }
        boolean added = false;
        try {
            stream.add(chunk.getItems());
            added = true;
        } finally {
            failed |= !added;
        }
    }

    @Override
    public void close() {
        StagingCopyStream open = stream;
        stream = null;
        if (open == null) {
            return;
        }
        try {
            if (failed) {
                open.abort();
            } else {
                open.finish();
            }
        } catch (SQLException e) {
            throw new ItemStreamException("cannot end the staging COPY of ingest run " + runId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ItemStreamException("interrupted ending the staging COPY of ingest run " + runId, e);
        }
    }
}
