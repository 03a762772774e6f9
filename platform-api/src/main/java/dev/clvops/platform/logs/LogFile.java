package dev.clvops.platform.logs;

import java.time.Instant;

/**
 * One log file: the active {@code clvops.log} or a rolled {@code .log.gz}.
 *
 * @param name the file name, as {@link LogAnalytics#download} takes it
 * @param sizeBytes its size on disk
 * @param lastModified its last write
 */
public record LogFile(String name, long sizeBytes, Instant lastModified) {
}
