package dev.clvops.platform.testing;

import dev.clvops.platform.database.EmbeddedPostgresSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One real embedded PostgreSQL per test JVM, created and run like the product's embedded server
 * ({@link EmbeddedPostgresSettings}), migrated by Flyway with the clvops schema (all migrations live in
 * platform-api under db/migration). Shared with the other modules through platform-api's test-jar.
 */
public final class TestDatabase {

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** The migrated database, started on first use and stopped when the JVM exits. */
    public static synchronized DataSource dataSource() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                EmbeddedPostgresSettings.INITDB.forEach(builder::setLocaleConfig);
                EmbeddedPostgresSettings.SERVER.forEach(builder::setServerConfig);
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration")
                    .load().migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
        }
        return postgres.getPostgresDatabase();
    }

    /** The JDBC URL of the database, for child processes. */
    public static String jdbcUrl() {
        dataSource();
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Empties every clvops table (not the Flyway history), so a test starts from a clean store. */
    public static void truncateAll() {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    DO $$ DECLARE t text; BEGIN
                      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
                               AND tablename <> 'flyway_schema_history' LOOP
                        EXECUTE 'TRUNCATE TABLE ' || quote_ident(t) || ' RESTART IDENTITY CASCADE';
                      END LOOP; END $$""");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot truncate test tables", e);
        }
    }

    private static void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; nothing left to clean up
        }
    }
}
