package dev.clvops.training.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ingest_staged_rows FROM STDIN} over a run's whole load, on its own connection and thread: the
 * loader hands over validated batches and goes on parsing while this thread encodes them as COPY text and sends
 * them. {@link #finish()} ends the COPY and commits; until then no staged row is visible, so a killed process
 * leaves nothing staged.
 */
final class StagingCopyStream {

    private static final String COPY = "COPY ingest_staged_rows (" + StagingColumn.copyColumns() + ") FROM STDIN";

    private final long runId;
    private final Connection connection;
    private final CopyIn copy;
    private final CopySender<List<StagedRow>> sender;

    private StagingCopyStream(long runId, Connection connection) throws SQLException {
        this.runId = runId;
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        this.sender = new CopySender<>("staging COPY of ingest run " + runId, 4, this::send);
    }

    static StagingCopyStream open(DataSource dataSource, long runId) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            return new StagingCopyStream(runId, connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Queues a batch (blocking while the sender is behind); fails when the COPY has failed. */
    void add(List<? extends StagedRow> rows) throws InterruptedException {
        sender.put(List.copyOf(rows));
    }

    /** Ends the COPY and commits the staged rows; returns the rows staged. */
    long finish() throws InterruptedException, SQLException {
        boolean committed = false;
        try {
            sender.finish();
            long rows = copy.endCopy();
            connection.commit();
            committed = true;
            return rows;
        } finally {
            release(committed);
        }
    }

    /** Drops whatever was sent: the COPY is cancelled and its transaction rolled back. */
    void abort() throws SQLException {
        sender.stop();
        release(false);
    }

    private void release(boolean committed) throws SQLException {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            if (!committed) {
                connection.rollback();
            }
        } finally {
            connection.close();
        }
    }

    private void send(List<StagedRow> rows) throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (StagedRow row : rows) {
            CopyText.append(text, runId, row);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
    }
}
