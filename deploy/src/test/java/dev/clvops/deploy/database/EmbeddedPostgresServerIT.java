package dev.clvops.deploy.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    private static final Path BINARIES = Path.of(System.getProperty("CLVOPS_PG_BINARIES", "target/postgres-bin"));

    @TempDir
    Path home;

    @Test
    void keepsDataAcrossAStopAndAStart() throws SQLException {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrAttach(home, BINARIES, 0)) {
            execute(first, "CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)");
        }
        assertThat(home.resolve("postgres").resolve(PostmasterPidFile.NAME)).doesNotExist();

        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrAttach(home, BINARIES, 0)) {
            assertThat(second.startedHere()).isTrue();
            assertThat(queryInt(second, "SELECT v FROM kept")).isEqualTo(42);
        }
    }

    @Test
    void secondServerAttachesToTheRunningPostmasterAndLeavesItRunning() throws SQLException {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrAttach(home, BINARIES, 0)) {
            PostmasterPidFile before = PostmasterPidFile.read(first.dataDirectory()).orElseThrow();

            EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrAttach(home, BINARIES, 0);
            assertThat(second.startedHere()).isFalse();
            assertThat(second.port()).isEqualTo(first.port()).isEqualTo(before.port());
            assertThat(PostmasterPidFile.read(first.dataDirectory())).contains(before);
            second.close();

            assertThat(PostmasterPidFile.read(first.dataDirectory())).contains(before);
            assertThat(queryInt(first, "SELECT 1")).isEqualTo(1);
        }
        assertThat(home.resolve("postgres").resolve(PostmasterPidFile.NAME)).doesNotExist();
    }

    @Test
    void starterLeavesPostmasterRunningForAttachedClientWhichStopsItLast() throws SQLException {
        EmbeddedPostgresServer starter = EmbeddedPostgresServer.startOrAttach(home, BINARIES, 0);
        EmbeddedPostgresServer attached = EmbeddedPostgresServer.startOrAttach(home, BINARIES, 0);

        starter.close();
        assertThat(queryInt(attached, "SELECT 1")).isEqualTo(1);

        attached.close();
        assertThat(home.resolve("postgres").resolve(PostmasterPidFile.NAME)).doesNotExist();
        assertThat(Files.exists(home.resolve("postgres").resolve("PG_VERSION"))).isTrue();
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int queryInt(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
             Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
