package dev.clvops.training.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A PostgreSQL session advisory lock held while one ingest runs, so ingests of all processes are serialised and a
 * run found RUNNING by the next lock holder belongs to a dead process. The lock dies with the session.
 */
final class IngestLock implements AutoCloseable {

    private static final long KEY = 0x636c_766f_7073_01L;

    private final Connection connection;

    private IngestLock(Connection connection) {
        this.connection = connection;
    }

    static IngestLock acquire(DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
            }
            return new IngestLock(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the ingest lock", e);
        }
    }

    @Override
    public void close() {
        try (Connection c = connection; Statement statement = c.createStatement()) {
            statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot release the ingest lock", e);
        }
    }
}
