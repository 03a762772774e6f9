package dev.clvops.deploy.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Connections to the embedded PostgreSQL on a local port, as its superuser. */
record LocalConnections(int port) {

    private static final Logger log = LoggerFactory.getLogger(LocalConnections.class);

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** Opens a connection, retrying while the server finishes starting. */
    Connection openWithin(Duration timeout, String applicationName) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                return open(applicationName);
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL on port " + port + " does not accept connections", e);
                }
                pause();
            }
        }
    }

    /**
     * Client connections that are not {@code clientName}'s (its pool, lease and this check all carry its name).
     * Asks a few times, because backends of connections that just closed linger for milliseconds; unknown counts
     * as "some", so nobody is cut off.
     */
    long otherClients(String clientName) {
        try (Connection connection = open(clientName + "/check");
             PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE backend_type = 'client backend' AND application_name <> ?"
                     + " AND application_name NOT LIKE ?")) {
            statement.setString(1, clientName);
            statement.setString(2, clientName + "/%");
            long others = count(statement);
            for (int attempt = 0; attempt < 5 && others > 0; attempt++) {
                pause();
                others = count(statement);
            }
            return others;
        } catch (SQLException e) {
            log.warn("Cannot count the clients of PostgreSQL on port {}: {}", port, e.getMessage());
            return Long.MAX_VALUE;
        }
    }

    private static long count(PreparedStatement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a connection failed", e);
        }
    }

    private Connection open(String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedPostgresServer.USER);
        properties.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(jdbcUrl(port), properties);
    }

    private void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL on port " + port, e);
        }
    }
}
