package dev.clvops.monitoring.logs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Copies log files to a stream: one file by its listed name, or all of them as one ZIP. */
final class LogArchive {

    private final LogFiles files;

    LogArchive(LogFiles files) {
        this.files = files;
    }

    void copy(String fileName, OutputStream out) {
        Path file = files.paths().stream().filter(path -> path.getFileName().toString().equals(fileName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No log file named " + fileName));
        try {
            Files.copy(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the log file " + file, e);
        }
    }

    /** Writes a ZIP of every log file; the caller's stream stays open. */
    void zipAll(OutputStream out) {
        List<Path> paths = files.paths();
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (Path path : paths) {
                zip.putNextEntry(new ZipEntry(path.getFileName().toString()));
                Files.copy(path, zip);
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot zip the log files", e);
        }
    }
}
