package dev.clvops.deploy.database;

import dev.clvops.platform.database.EmbeddedPostgresSettings;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the bundled {@code initdb} and {@code pg_ctl}; their output goes to {@code logs/postgres.log}, never to
 * stdout. PostgreSQL refuses to run as root, so as root the commands run in a user namespace ({@code unshare -U}),
 * as zonky does.
 */
final class PostgresCommands {

    private final Path binaries;
    private final Path logFile;

    PostgresCommands(Path binaries, Path logFile) {
        this.binaries = binaries;
        this.logFile = logFile;
    }

    void initdb(Path dataDirectory) {
        List<String> arguments = new ArrayList<>(List.of("-A", "trust", "-U", EmbeddedPostgresServer.USER));
        EmbeddedPostgresSettings.INITDB.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        arguments.addAll(List.of("-D", dataDirectory.toString()));
        run("initdb", arguments.toArray(String[]::new));
    }

    void start(Path dataDirectory, int port) {
        StringBuilder options = new StringBuilder("-p " + port
                + " -c listen_addresses=localhost -c max_connections=200");
        EmbeddedPostgresSettings.SERVER.forEach((name, value) -> options.append(" -c ").append(name).append('=')
                .append(value));
        run("pg_ctl", "-D", dataDirectory.toString(), "-l", logFile.toString(), "-o", options.toString(), "-w",
                "-t", "60", "start");
    }

    void stop(Path dataDirectory) {
        run("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    private void run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(program + " failed with exit code " + exit + ": " + command
                        + " (see " + logFile + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + program, e);
        }
    }
}
