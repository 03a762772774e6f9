package dev.clvops.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.deploy.database.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class JdbcOrderCalendarIT {

    private static final Path BINARIES = Path.of(System.getProperty("CLVOPS_PG_BINARIES", "target/postgres-bin"));

    @TempDir
    Path home;

    @Test
    void emptyUntilOrdersAreStoredThenTheLatestOrderDate() {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(home, BINARIES, 0)) {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(server.jdbcUrl(), server.user(), "");
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            OrderCalendar calendar = new JdbcOrderCalendar(jdbc);

            assertThat(calendar.latestOrderDate()).isEmpty();

            jdbc.update("INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status)"
                    + " VALUES ('o.csv', 'sha', 10, 'orders', 'COMPLETED')");
            jdbc.update("INSERT INTO orders (order_id, customer_id, order_date, order_value, run_id) VALUES"
                    + " ('o1', 'c1', DATE '2026-03-01', 10, 1), ('o2', 'c1', DATE '2026-10-11', 5, 1)");

            assertThat(calendar.latestOrderDate()).contains(LocalDate.of(2026, 10, 11));
        }
    }
}
