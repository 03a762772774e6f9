package dev.clvops.platform.ingest;

/**
 * A source row that was rejected, kept with where it came from and why.
 *
 * @param runId the ingest run that read it
 * @param file the file name
 * @param lineNumber the 1-based physical line number in the file
 * @param raw the raw text of the row
 * @param reason the specific reason, naming the column and the offending value
 */
public record QuarantinedRow(long runId, String file, long lineNumber, String raw, String reason) {
}
