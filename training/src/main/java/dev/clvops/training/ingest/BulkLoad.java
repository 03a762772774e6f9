package dev.clvops.training.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bulk load of an {@code orders} file in a single transaction on its own connection: a sender thread COPYs each
 * encoded block (new order attributes, orders, returns, new customers, quarantined rows: one binary COPY each) while
 * the next block is parsed. {@link #finish} stores and commits; closing an unfinished load rolls it all back, and a
 * killed process leaves nothing, so a run is stored whole or not at all.
 */
final class BulkLoad implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoad.class);
    private final BlockingQueue<EncodedBlock> sent = new ArrayBlockingQueue<>(4);
    private final long runId;
    private final Connection connection;
    private final BulkStore store;
    private final CopyManager copy;
    private final CopySender<EncodedBlock> sender;
    private final long opened = System.nanoTime();
    private boolean finished;

    private BulkLoad(long runId, Connection connection) throws SQLException {
        this.runId = runId;
        this.connection = connection;
        this.store = BulkStore.prepare(connection);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.sender = new CopySender<>("bulk COPY of ingest run " + runId, 2, this::send);
    }

    static BulkLoad open(DataSource dataSource, long runId) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            return new BulkLoad(runId, connection);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            connection.close();
            throw e;
        }
    }

    /** Whether the store was empty, so rows go straight into its tables. */
    boolean intoEmptyStore() {
        return store.empty();
    }

    /** Hands a block to the COPY thread, blocking while it is behind; fails when a COPY has failed. */
    void add(EncodedBlock block) throws InterruptedException {
        sender.put(block);
    }

    /** A block the COPY thread is done with, to encode the next one into; null when none is free yet. */
    @Nullable EncodedBlock reusable() {
        return sent.poll();
    }

    /** Waits for the last COPY, stores everything with the run's counts and commits. */
    void finish(BulkTally tally) throws InterruptedException, SQLException {
        sender.finish();
        long copied = System.nanoTime();
        store.complete(runId, tally);
        connection.commit();
        finished = true;
        // where a run's time goes: parsing and COPY overlap; key builds (or merges) and the commit come after
        LOG.info("ingest run {}: rows COPYed in {} s, then {} and committed in {} s", runId, seconds(copied - opened),
                store.empty() ? "keys built" : "rows merged", seconds(System.nanoTime() - copied));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    @Override
    public void close() throws SQLException {
        sender.stop();
        try (connection) {
            if (!finished) {
                connection.rollback();
            }
        }
    }

    /** The order attribute combinations stored before this load. */
    AttributeIds attributes() {
        return store.attributes();
    }

    private void send(EncodedBlock block) throws SQLException {
        copy(BulkStore.copyAttributes(), block.attributes); // before the orders that refer to them
        copy(store.copyOrders(), block.orders);
        copy(store.copyReturns(), block.returns);
        copy(store.copyCustomers(), block.customers);
        copy(BulkStore.copyQuarantine(), block.quarantine);
        sent.offer(block);
    }

    private void copy(String sql, BinaryCopy rows) throws SQLException {
        if (rows.size() == 0) {
            return;
        }
        CopyIn in = copy.copyIn(sql);
        try {
            in.writeToCopy(BinaryCopy.HEADER, 0, BinaryCopy.HEADER.length);
            rows.sendTo(in);
            in.writeToCopy(BinaryCopy.TRAILER, 0, BinaryCopy.TRAILER.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

}
