package dev.clvops.deploy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records which process started the postmaster ({@code postgres.owner} holds its pid). A starter that leaves while
 * others are connected releases ownership, so the last client out stops the server instead of leaving it behind.
 */
final class Owner {

    private static final String FILE = "postgres.owner";

    private Owner() {
    }

    static void claim(Path home) {
        write(home, Long.toString(ProcessHandle.current().pid()));
    }

    /** True while a live process owns the postmaster. */
    static boolean present(Path home) {
        try {
            long pid = Long.parseLong(Files.readString(home.resolve(FILE)).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    static void release(Path home) {
        try {
            Files.deleteIfExists(home.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + home.resolve(FILE), e);
        }
    }

    private static void write(Path home, String content) {
        try {
            Files.writeString(home.resolve(FILE), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + home.resolve(FILE), e);
        }
    }
}
