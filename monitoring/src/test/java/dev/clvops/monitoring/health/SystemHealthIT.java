package dev.clvops.monitoring.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.health.ComponentVersion;
import dev.clvops.platform.health.JobRunSummary;
import dev.clvops.platform.health.SystemSnapshot;
import dev.clvops.platform.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemHealthIT {

    private static final Instant NOW = Instant.parse("2026-11-21T14:00:00Z");

    @TempDir
    Path home;

    @BeforeEach
    void clean() {
        TestDatabase.truncateAll();
    }

    @Test
    void reportsHostJvmDatabaseAndTheLastRunOfEachJob() throws SQLException {
        DataSource dataSource = TestDatabase.dataSource();
        execute(dataSource, """
                INSERT INTO batch_job_instance (job_instance_id, version, job_name, job_key) VALUES
                  (1, 0, 'ingest-orders', 'a'), (2, 0, 'ingest-orders', 'b'), (3, 0, 'build-features', 'c');
                INSERT INTO batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time,
                  end_time, status, exit_code) VALUES
                  (10, 1, 1, now(), now(), now(), 'COMPLETED', 'COMPLETED'),
                  (11, 1, 2, now(), now(), NULL, 'FAILED', 'FAILED'),
                  (12, 1, 3, now(), now(), NULL, 'STARTED', 'UNKNOWN');""");

        SystemSnapshot snapshot = new SystemHealth(dataSource, List.of(home), Clock.fixed(NOW, ZoneOffset.UTC)).snapshot();

        assertThat(snapshot.takenAt()).isEqualTo(NOW);
        assertThat(snapshot.cpu().processors()).isPositive();
        assertThat(snapshot.memory().totalBytes()).isGreaterThan(snapshot.memory().freeBytes());
        assertThat(snapshot.disks()).singleElement().satisfies(disk -> assertThat(disk.usableBytes()).isPositive());
        assertThat(snapshot.jvm().version()).isEqualTo(Runtime.version().toString());
        assertThat(snapshot.jvm().heapUsedBytes()).isPositive();
        assertThat(snapshot.database().reachable()).isTrue();
        assertThat(snapshot.database().serverVersion()).startsWith("18");
        assertThat(snapshot.database().sizeBytes()).isGreaterThan(1_000_000);
        assertThat(snapshot.lastJobRuns()).extracting(JobRunSummary::jobName, JobRunSummary::executionId,
                JobRunSummary::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("build-features", 12L, "STARTED"),
                org.assertj.core.groups.Tuple.tuple("ingest-orders", 11L, "FAILED"));
        assertThat(snapshot.versions()).extracting(ComponentVersion::name, ComponentVersion::version)
                .contains(org.assertj.core.groups.Tuple.tuple("Hipparchus", "4.0.2"),
                        org.assertj.core.groups.Tuple.tuple("xgboost4j", ComponentVersion.ABSENT));
        assertThat(snapshot.versions()).filteredOn(version -> version.name().equals("PostgreSQL JDBC"))
                .singleElement().satisfies(version -> assertThat(version.version()).startsWith("42."));
    }

    @Test
    void reportsAnUnreachableDatabaseWithoutThrowing() {
        org.postgresql.ds.PGSimpleDataSource closed = new org.postgresql.ds.PGSimpleDataSource();
        closed.setUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");

        SystemSnapshot snapshot = new SystemHealth(closed, List.of(home), Clock.systemUTC()).snapshot();

        assertThat(snapshot.database().reachable()).isFalse();
        assertThat(snapshot.database().error()).isNotBlank();
        assertThat(snapshot.lastJobRuns()).isEmpty();
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
