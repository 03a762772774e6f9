package dev.clvops.training.features;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Loads orders in hash partitions of customers over parallel connections, one PostgreSQL backend per core. Every
 * partition reads the same MVCC snapshot, exported from the build's own transaction, so together they see exactly
 * what one read would.
 */
final class ParallelOrderLoader {

    private final DataSource dataSource;
    private final int partitions;

    ParallelOrderLoader(DataSource dataSource, int partitions) {
        this.dataSource = dataSource;
        this.partitions = partitions;
    }

    /** One {@link LoadedOrders} per partition; a customer is in exactly one. */
    List<LoadedOrders> load(Connection transaction, LocalDate until) throws SQLException {
        if (partitions == 1) {
            return List.of(new OrderLoader(transaction, 0, 1).load(until));
        }
        String snapshot = exportSnapshot(transaction);
        try (ExecutorService executor = Executors.newFixedThreadPool(partitions)) {
            List<Future<LoadedOrders>> parts = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                int partition = p;
                parts.add(executor.submit(() -> loadPartition(snapshot, partition, until)));
            }
            List<LoadedOrders> loaded = new ArrayList<>();
            for (Future<LoadedOrders> part : parts) {
                loaded.add(result(part));
            }
            return loaded;
        }
    }

    private LoadedOrders loadPartition(String snapshot, int partition, LocalDate until) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            statement.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            LoadedOrders orders = new OrderLoader(connection, partition, partitions).load(until);
            connection.commit();
            return orders;
        }
    }

    private static String exportSnapshot(Connection transaction) throws SQLException {
        try (Statement statement = transaction.createStatement();
             var rs = statement.executeQuery("SELECT pg_export_snapshot()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static LoadedOrders result(Future<LoadedOrders> part) throws SQLException {
        try {
            return part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading orders", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException("cannot load orders", e.getCause());
        }
    }
}
