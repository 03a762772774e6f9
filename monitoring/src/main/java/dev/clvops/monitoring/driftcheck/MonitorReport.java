package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.FeatureDrift;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stored drift check ({@code drift_reports}).
 *
 * @param reportId the report's id
 * @param createdAt when it was taken
 * @param family the monitored champion's family
 * @param modelVersion the monitored champion's version
 * @param referenceSnapshotId the champion's training snapshot
 * @param currentSnapshotId the latest as-of-now snapshot
 * @param scoringRunId the champion's latest scoring run, when it scored; null otherwise
 * @param features every monitored feature's drift
 * @param driftedShare share of drifted features
 * @param datasetDrift whether that share reached the dataset threshold
 * @param prediction drift of the predicted CLV against the version's first scoring run; null before two exist
 * @param performance realised against training-time metrics of the latest matured scoring run; null if none
 * @param parameters BTYD parameters refitted on the recent window of the current snapshot against the champion's;
 *     empty otherwise
 * @param refitCohort the recent window the parameters were refitted on; null when none were
 */
public record MonitorReport(long reportId, Instant createdAt, String family, int modelVersion,
                            long referenceSnapshotId, long currentSnapshotId, @Nullable Long scoringRunId,
                            List<FeatureDrift> features, double driftedShare, boolean datasetDrift,
                            @Nullable FeatureDrift prediction, @Nullable PerformanceResult performance,
                            List<ParameterShift> parameters, @Nullable RefitCohort refitCohort) {

    public MonitorReport {
        features = List.copyOf(features);
        parameters = List.copyOf(parameters);
    }

    public boolean predictionAlert() {
        return prediction != null && prediction.drifted();
    }

    public boolean performanceAlert() {
        return performance != null && performance.alert();
    }

    public boolean parameterAlert() {
        return parameters.stream().anyMatch(ParameterShift::alert);
    }

    public List<String> driftedFeatures() {
        return features.stream().filter(FeatureDrift::drifted).map(FeatureDrift::feature).toList();
    }

    /** Whether anything alerted: dataset, prediction, performance or parameter drift. */
    public boolean alerts() {
        return datasetDrift || predictionAlert() || performanceAlert() || parameterAlert();
    }
}
