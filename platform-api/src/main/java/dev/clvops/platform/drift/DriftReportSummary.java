package dev.clvops.platform.drift;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored drift check.
 *
 * @param reportId the report's id
 * @param createdAt when the check ran
 * @param family the champion family checked
 * @param modelVersion the champion version checked
 * @param referenceSnapshotId the snapshot the champion was trained on (the baseline)
 * @param currentSnapshotId the as-of-now snapshot compared with it
 * @param scoringRunId the scoring run whose predictions were compared; null when none
 * @param driftedShare the share of features that drifted, in [0, 1]
 * @param datasetDrift whether the drifted share crossed the dataset threshold
 * @param predictionPsi the PSI of the predicted CLV; null without a scoring run
 * @param predictionAlert whether the prediction drifted
 * @param performanceAlert whether realised performance degraded beyond tolerance
 * @param parameterAlert whether a refitted BTYD parameter moved beyond tolerance
 */
public record DriftReportSummary(long reportId, Instant createdAt, String family, int modelVersion,
                                 long referenceSnapshotId, long currentSnapshotId, @Nullable Long scoringRunId,
                                 double driftedShare, boolean datasetDrift, @Nullable Double predictionPsi,
                                 boolean predictionAlert, boolean performanceAlert, boolean parameterAlert) {

    /** Whether any kind of drift was flagged. */
    public boolean anyAlert() {
        return datasetDrift || predictionAlert || performanceAlert || parameterAlert;
    }
}
