package dev.clvops.platform.reports;

import java.time.Instant;

/**
 * One generated report file.
 *
 * @param reportId    the report's id
 * @param reportRunId the generation it belongs to
 * @param kind        which report, by its command-line name, e.g. {@code executive} or {@code segments}
 * @param format      {@code pdf} or {@code md}
 * @param title       the report's title
 * @param fileName    the file name within the run's directory
 * @param sizeBytes   the file's size
 * @param sha256      the file's SHA-256, hex
 * @param generatedAt when it was generated
 */
public record StoredReport(long reportId, long reportRunId, String kind, String format, String title,
                           String fileName, long sizeBytes, String sha256, Instant generatedAt) {

    /** The HTTP content type of the file. */
    public String contentType() {
        return format.equals("pdf") ? "application/pdf" : "text/markdown; charset=utf-8";
    }
}
