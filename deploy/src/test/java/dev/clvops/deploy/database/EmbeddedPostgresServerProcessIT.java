package dev.clvops.deploy.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two real processes on one CLVOPS_HOME share one postmaster; the last one out stops it. */
class EmbeddedPostgresServerProcessIT {

    private static final Path BINARIES = Path.of(System.getProperty("CLVOPS_PG_BINARIES", "target/postgres-bin"))
            .toAbsolutePath();

    @TempDir
    Path home;

    @Test
    void otherProcessAttachesToOurPostmasterAndLeavesItRunning() throws Exception {
        try (EmbeddedPostgresServer ours = EmbeddedPostgresServer.startOrAttach(home, BINARIES, 0)) {
            Probe probe = Probe.start(home);

            assertThat(probe.firstLine()).isEqualTo(ours.port() + " false");
            probe.closeAndWait();
            assertThat(isUp(ours)).isTrue();
        }
        assertThat(home.resolve("postgres").resolve(PostmasterPidFile.NAME)).doesNotExist();
    }

    @Test
    void postmasterOfAnExitedStarterIsStoppedByTheLastClientOut() throws Exception {
        Probe starter = Probe.start(home);
        String[] started = starter.firstLine().split(" ");
        assertThat(started[1]).isEqualTo("true");

        EmbeddedPostgresServer attached = EmbeddedPostgresServer.startOrAttach(home, BINARIES, 0);
        assertThat(attached.startedHere()).isFalse();
        assertThat(attached.port()).isEqualTo(Integer.parseInt(started[0]));
        starter.closeAndWait();
        assertThat(isUp(attached)).isTrue();

        attached.close();
        assertThat(home.resolve("postgres").resolve(PostmasterPidFile.NAME)).doesNotExist();
    }

    private static boolean isUp(EmbeddedPostgresServer server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "")) {
            return connection.isValid(5);
        }
    }

    private record Probe(Process process, BufferedReader out) {

        static Probe start(Path home) throws IOException {
            List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-DCLVOPS_HOME=" + home, "-cp", System.getProperty("java.class.path"),
                    ServerProbe.class.getName(), home.toString(), BINARIES.toString());
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new Probe(process, new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)));
        }

        String firstLine() throws IOException {
            return out.readLine();
        }

        void closeAndWait() throws IOException, InterruptedException {
            Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            in.write("close\n");
            in.flush();
            assertThat(out.readLine()).isEqualTo("closed");
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }
}
