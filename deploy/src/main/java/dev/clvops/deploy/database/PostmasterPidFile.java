package dev.clvops.deploy.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} file a running PostgreSQL keeps in its data directory: line 1 is the postmaster's
 * process id, line 4 its port (PostgreSQL's {@code miscadmin.h}, "LOCK_FILE_LINE_*").
 *
 * @param pid the postmaster's process id
 * @param port the TCP port it listens on
 */
record PostmasterPidFile(long pid, int port) {

    static final String NAME = "postmaster.pid";

    /** The pid file of {@code dataDirectory}, if there is a readable one. */
    static Optional<PostmasterPidFile> read(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(NAME));
            if (lines.size() < 4) {
                return Optional.empty(); // the postmaster is still writing it
            }
            return Optional.of(new PostmasterPidFile(Long.parseLong(lines.get(0).trim()),
                    Integer.parseInt(lines.get(3).trim())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dataDirectory.resolve(NAME), e);
        }
    }

    /** True when the process the file names still runs. */
    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
