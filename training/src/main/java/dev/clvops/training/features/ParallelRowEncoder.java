package dev.clvops.training.features;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Computes and encodes the feature rows of batches of customers on worker threads, one per core, and hands the
 * encoded batches to the {@link FeatureRowWriter} in the order the customers were added, so rows and checksum are
 * the same as a single-threaded build's. At most a few batches are in flight.
 */
final class ParallelRowEncoder implements AutoCloseable {

    private static final int BATCH = 4096;
    private static final int THREADS = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    private final ArrayDeque<Future<EncodedRows>> pending = new ArrayDeque<>();
    private final FeatureCalculator calculator;
    private final FeatureRowWriter writer;
    private final byte[] prefix;
    private List<CustomerHistory> batch = new ArrayList<>(BATCH);

    ParallelRowEncoder(FeatureCalculator calculator, FeatureRowWriter writer) {
        this.calculator = calculator;
        this.writer = writer;
        this.prefix = writer.prefix();
    }

    void add(CustomerHistory history) throws SQLException {
        batch.add(history);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    /** Writes every added customer's row. */
    void finish() throws SQLException {
        submit();
        while (!pending.isEmpty()) {
            writeOldest();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void submit() throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        List<CustomerHistory> histories = batch;
        pending.add(pool.submit(() -> encode(histories)));
        batch = new ArrayList<>(BATCH);
        if (pending.size() > 2 * THREADS) {
            writeOldest();
        }
    }

    private EncodedRows encode(List<CustomerHistory> histories) {
        List<FeatureRow> rows = new ArrayList<>(histories.size());
        for (CustomerHistory history : histories) {
            calculator.calculate(history).ifPresent(rows::add);
        }
        return EncodedRows.of(rows, prefix);
    }

    private void writeOldest() throws SQLException {
        try {
            writer.write(pending.remove().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing feature rows", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("cannot compute feature rows", e.getCause());
        }
    }
}
