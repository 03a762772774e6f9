package dev.clvops.reports.store;

import dev.clvops.reports.content.ReportKind;
import java.time.Instant;

/**
 * One generated report file.
 *
 * @param reportId    the report's id
 * @param reportRunId the generation it belongs to
 * @param kind        which report
 * @param format      {@code pdf} or {@code md}
 * @param title       the report's title
 * @param fileName    the file name within the run's directory
 * @param sizeBytes   the file's size
 * @param sha256      the file's SHA-256, hex
 * @param generatedAt when it was generated
 */
public record StoredReport(long reportId, long reportRunId, ReportKind kind, String format, String title,
                           String fileName, long sizeBytes, String sha256, Instant generatedAt) {

    public String contentType() {
        return format.equals("pdf") ? "application/pdf" : "text/markdown; charset=utf-8";
    }
}
