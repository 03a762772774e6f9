package dev.clvops.deploy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** The cross-process lock ({@code $CLVOPS_HOME/postgres.lock}) around starting, attaching to and stopping. */
final class HomeLock {

    /** File locks are held per process, so threads of one JVM queue here first. */
    private static final ReentrantLock JVM_LOCK = new ReentrantLock();

    private HomeLock() {
    }

    static <T> T locked(Path home, Supplier<T> action) {
        JVM_LOCK.lock();
        try {
            Files.createDirectories(home);
            try (FileChannel channel = FileChannel.open(home.resolve("postgres.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + home.resolve("postgres.lock"), e);
        } finally {
            JVM_LOCK.unlock();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port for PostgreSQL", e);
        }
    }
}
