package dev.clvops.platform.ingest;

import dev.clvops.platform.job.ProgressListener;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** Port: loads order files into the order store and keeps what it rejects in quarantine. */
public interface OrderIngestion {

    /**
     * Ingests one file. Re-ingesting the same content adds nothing and is recorded as a repeat.
     *
     * @throws dev.clvops.platform.UnusableInputException when the file cannot be used at all; nothing is stored
     */
    IngestSummary ingest(IngestRequest request, ProgressListener progress);

    /** Quarantined rows of one run, or of every run when {@code runId} is empty, in file and line order. */
    List<QuarantinedRow> quarantine(OptionalLong runId, int offset, int limit);

    /** Writes the quarantined rows (of one run or of all) as CSV; returns the number of rows written. */
    long exportQuarantine(OptionalLong runId, Path target);
}
