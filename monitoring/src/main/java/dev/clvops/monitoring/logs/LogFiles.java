package dev.clvops.monitoring.logs;

import dev.clvops.platform.logs.LogEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The log directory: lists the log files oldest first and streams their events lazily, one line at a time. */
final class LogFiles {

    static final String ACTIVE = "clvops.log";

    private final Path directory;
    private final LogLineParser parser = new LogLineParser();

    LogFiles(Path directory) {
        this.directory = directory;
    }

    Path active() {
        return directory.resolve(ACTIVE);
    }

    /** The log files, oldest first: rolled files by last write, then the active file. */
    List<Path> paths() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(LogFiles::isLogFile)
                    .sorted(Comparator.comparing((Path path) -> path.getFileName().toString().equals(ACTIVE))
                            .thenComparing(LogFiles::lastModified).thenComparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the log directory " + directory, e);
        }
    }

    /** The parseable events of every file modified at or after {@code notBefore}, oldest file first. */
    Stream<LogEvent> events(Instant notBefore) {
        return paths().stream().filter(path -> !lastModified(path).isBefore(notBefore))
                .flatMap(this::events);
    }

    private Stream<LogEvent> events(Path path) {
        BufferedReader reader = open(path);
        return reader.lines().map(parser::parse).flatMap(java.util.Optional::stream).onClose(() -> close(reader));
    }

    static BufferedReader open(Path path) {
        try {
            InputStream in = Files.newInputStream(path);
            if (path.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the log file " + path, e);
        }
    }

    static Instant lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the log file " + path, e);
        }
    }

    private static boolean isLogFile(Path path) {
        String name = path.getFileName().toString();
        return Files.isRegularFile(path) && name.startsWith("clvops") && (name.endsWith(".log") || name.endsWith(".log.gz"));
    }

    private static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
