package dev.clvops.deploy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of one {@code CLVOPS_HOME}, shared by every clvops process on it. Starting either attaches
 * to the postmaster {@code postgres/postmaster.pid} names or starts one; closing stops it only when no other client
 * is connected and this process started it (or its starter has left). A file lock ({@code postgres.lock}) makes
 * start, attach and stop atomic across processes. Each server holds a lease connection so others see it, and its
 * connections carry {@link #applicationName()} so its own stop check can ignore them.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path home;
    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean startedHere;
    private final String clientName;
    private final Connection lease;
    private boolean closed;

    private EmbeddedPostgresServer(Path home, Path binaries, int port, boolean startedHere) {
        this.home = home;
        this.binaries = binaries;
        this.dataDirectory = dataDirectory(home);
        this.port = port;
        this.startedHere = startedHere;
        this.clientName = "clvops-" + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet();
        this.lease = new LocalConnections(port).openWithin(Duration.ofSeconds(30), clientName + "/lease");
    }

    /**
     * Attaches to the postmaster running on {@code home}, or starts one.
     *
     * @param home the clvops home; the cluster lives in its {@code postgres} directory
     * @param binaries where the bundled PostgreSQL binaries are unpacked (shareable between homes)
     * @param fixedPort the port to start on, or 0 for any free port
     */
    public static EmbeddedPostgresServer startOrAttach(Path home, Path binaries, int fixedPort) {
        return startOrAttachAbsolute(home.toAbsolutePath().normalize(), binaries.toAbsolutePath().normalize(),
                fixedPort);
    }

    private static EmbeddedPostgresServer startOrAttachAbsolute(Path home, Path binaries, int fixedPort) {
        return HomeLock.locked(home, () -> {
            var running = PostmasterPidFile.read(dataDirectory(home)).filter(PostmasterPidFile::alive);
            if (running.isPresent()) {
                log.info("Attaching to the running PostgreSQL (pid {}) on port {}", running.get().pid(),
                        running.get().port());
                return new EmbeddedPostgresServer(home, binaries, running.get().port(), false);
            }
            int port = fixedPort > 0 ? fixedPort : HomeLock.freePort();
            start(home, binaries, port);
            Owner.claim(home);
            return new EmbeddedPostgresServer(home, binaries, port, true);
        });
    }

    public String jdbcUrl() {
        return LocalConnections.jdbcUrl(port);
    }

    public String user() {
        return USER;
    }

    /** The application name this process's connections must carry, so the stop check can tell them apart. */
    public String applicationName() {
        return clientName;
    }

    public int port() {
        return port;
    }

    public boolean startedHere() {
        return startedHere;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Releases this process's hold; stops the postmaster when it is the last one out (see the class comment). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        HomeLock.locked(home, () -> {
            LocalConnections.closeQuietly(lease);
            long others = new LocalConnections(port).otherClients(clientName);
            boolean mine = startedHere || !Owner.present(home);
            if (others == 0 && mine) {
                log.info("Stopping the embedded PostgreSQL on port {}", port);
                commands(home, binaries).stop(dataDirectory);
                Owner.release(home);
            } else if (startedHere) {
                log.info("Leaving PostgreSQL on port {} running for {} other client(s)", port, others);
                Owner.release(home);
            }
            return null;
        });
    }

    private static void start(Path home, Path binaries, int port) {
        Path data = dataDirectory(home);
        PostgresCommands commands = commands(home, binaries);
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initialise(commands, data);
        }
        log.info("Starting the embedded PostgreSQL in {} on port {}", data, port);
        commands.start(data, port);
    }

    /** Runs initdb in a scratch directory and moves it in place, so a crash never leaves a half-made cluster. */
    private static void initialise(PostgresCommands commands, Path data) {
        Path scratch = data.resolveSibling(data.getFileName() + ".initdb");
        try {
            PostgresBinaries.deleteRecursively(scratch); // left by an interrupted initdb; we hold the lock
            log.info("Creating a new PostgreSQL cluster in {}", data);
            commands.initdb(scratch);
            Files.move(scratch, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the PostgreSQL cluster " + data, e);
        }
    }

    private static PostgresCommands commands(Path home, Path binaries) {
        return new PostgresCommands(PostgresBinaries.unpacked(binaries),
                home.resolve("logs").resolve("postgres.log"));
    }

    private static Path dataDirectory(Path home) {
        return home.resolve("postgres");
    }
}
