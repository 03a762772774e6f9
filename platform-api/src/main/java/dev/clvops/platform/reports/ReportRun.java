package dev.clvops.platform.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One generation of reports with its provenance.
 *
 * @param reportRunId    the run's id
 * @param analyticsRunId the analytics run reported on (null once that run was deleted)
 * @param snapshotId     the feature snapshot analysed
 * @param modelVersion   the model behind the predictions, e.g. {@code bgnbd v3} or {@code none yet}
 * @param dataUpTo       the latest order date in the data
 * @param generatedAt    when the run was generated
 * @param reports        its files
 */
public record ReportRun(long reportRunId, @Nullable Long analyticsRunId, long snapshotId, String modelVersion,
                        @Nullable LocalDate dataUpTo, Instant generatedAt, List<StoredReport> reports) {

    public ReportRun {
        reports = List.copyOf(reports);
    }
}
