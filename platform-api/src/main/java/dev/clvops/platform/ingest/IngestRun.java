package dev.clvops.platform.ingest;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One recorded ingest run, whatever its outcome.
 *
 * @param runId the run's id
 * @param file the file name as given
 * @param format the format used
 * @param status {@code RUNNING}, {@code COMPLETED}, {@code FAILED} or {@code ABANDONED}
 * @param startedAt when it started
 * @param finishedAt when it ended; null while running
 * @param rowsRead data rows read (header excluded)
 * @param loaded rows stored as new order data
 * @param duplicates rows already stored or repeated within the file
 * @param quarantined rows rejected and kept in quarantine
 * @param reasons quarantine reasons and how many rows each rejected
 * @param message what went wrong, or that the run repeated an earlier one; null otherwise
 */
public record IngestRun(long runId, String file, IngestFormat format, String status, Instant startedAt,
                        @Nullable Instant finishedAt, long rowsRead, long loaded, long duplicates, long quarantined,
                        Map<String, Long> reasons, @Nullable String message) {

    public IngestRun {
        reasons = Map.copyOf(reasons);
    }
}
