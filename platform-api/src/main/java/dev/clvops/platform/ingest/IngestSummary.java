package dev.clvops.platform.ingest;

import java.util.Map;

/**
 * What one ingest run stored. {@code rowsRead == loaded + duplicates + quarantined} always holds.
 *
 * @param runId the ingest run's id
 * @param file the file name as given
 * @param format the format used (never {@code AUTO})
 * @param rowsRead data rows read (header excluded)
 * @param loaded rows stored as new order data
 * @param duplicates rows already stored by an earlier run or repeated within the file
 * @param quarantined rows rejected and kept in quarantine with their reason
 * @param customers distinct customers among the loaded rows
 * @param reasons quarantine reasons (without the offending value) and how many rows each rejected
 * @param repeat true when the same file content was ingested before
 */
public record IngestSummary(long runId, String file, IngestFormat format, long rowsRead, long loaded,
                            long duplicates, long quarantined, long customers, Map<String, Long> reasons,
                            boolean repeat) {

    public IngestSummary {
        reasons = Map.copyOf(reasons);
        if (rowsRead != loaded + duplicates + quarantined) {
            throw new IllegalStateException("rows read " + rowsRead + " != loaded " + loaded + " + duplicates "
                    + duplicates + " + quarantined " + quarantined);
        }
    }
}
