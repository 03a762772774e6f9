package dev.clvops.deploy.database;

import java.sql.Connection;
import java.sql.DriverManager;
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

    /** Client connections other than the one asking; unknown counts as "some", so nobody is cut off. */
    long otherClients() {
        try (Connection connection = open("clvops-stop-check");
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            log.warn("Cannot count the clients of PostgreSQL on port {}: {}", port, e.getMessage());
            return Long.MAX_VALUE;
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
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL on port " + port, e);
        }
    }
}
