package dev.clvops.reports.documents;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where a report's numbers come from.
 *
 * @param company        the company name printed in the header
 * @param dataUpTo       the latest order date in the data, null when there are no orders
 * @param snapshotId     the feature snapshot analysed
 * @param analyticsRunId the analytics run read
 * @param modelVersion   the model that predicted CLV, e.g. {@code bgnbd v3}, or a sentence saying there is none
 * @param generatedAt    when the report was generated
 */
public record Provenance(String company, @Nullable LocalDate dataUpTo, long snapshotId, long analyticsRunId,
                         String modelVersion, Instant generatedAt) {

    /** One line naming every field, for footers and Markdown. */
    public String line(Formats formats) {
        return "Data up to " + (dataUpTo == null ? "(no orders)" : formats.date(dataUpTo)) + " · snapshot "
                + snapshotId + " · analytics run " + analyticsRunId + " · model " + modelVersion + " · generated "
                + formats.instant(generatedAt);
    }
}
