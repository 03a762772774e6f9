/**
 * Order ingestion: the formats clvops reads, the port that loads a file, and the summary every run reports.
 * Invariant of every run: rows read = rows loaded + duplicates + rows quarantined.
 */
@NullMarked
package dev.clvops.platform.ingest;

import org.jspecify.annotations.NullMarked;
