package dev.clvops.reports.store;

import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The files of one report run in its directory. */
final class ReportFiles {

    private final Path directory;

    ReportFiles(Path directory) {
        this.directory = directory;
    }

    /** Writes the file (via a temporary file, so readers never see half a report) and returns its SHA-256. */
    String write(String name, byte[] content) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, name, ".part");
        Files.write(temporary, content);
        Files.move(temporary, directory.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return sha256(content);
    }

    /**
     * Writes the files of {@code runs} (kept under {@code root/<run id>/}) into one ZIP, named
     * {@code <run id>/<file>} when {@code inRunFolders}, else by the file name alone.
     */
    static void zip(List<ReportRun> runs, Path root, boolean inRunFolders, OutputStream out) {
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            for (ReportRun run : runs) {
                for (StoredReport report : run.reports()) {
                    String prefix = inRunFolders ? run.reportRunId() + "/" : "";
                    zip.putNextEntry(new ZipEntry(prefix + report.fileName()));
                    Files.copy(root.resolve(Long.toString(run.reportRunId())).resolve(report.fileName()), zip);
                    zip.closeEntry();
                }
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip the reports in " + root, e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
