package dev.clvops.platform.ingest;

import java.nio.file.Path;

/**
 * A request to ingest one file.
 *
 * @param file the file to read
 * @param format the declared format, or {@link IngestFormat#AUTO} to detect it
 */
public record IngestRequest(Path file, IngestFormat format) {
}
