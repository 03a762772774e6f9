package dev.clvops.monitoring.drift;

import java.util.List;

/**
 * Drift of a whole dataset.
 *
 * @param features the drift of each profiled feature, in profile order
 * @param driftedShare share of features that drifted
 * @param datasetDrift whether that share reached {@link DriftThresholds#datasetDriftShare()}
 */
public record DriftReport(List<FeatureDrift> features, double driftedShare, boolean datasetDrift) {

    public DriftReport {
        features = List.copyOf(features);
    }

    static DriftReport of(List<FeatureDrift> features, DriftThresholds thresholds) {
        long drifted = features.stream().filter(FeatureDrift::drifted).count();
        double share = features.isEmpty() ? 0 : (double) drifted / features.size();
        return new DriftReport(features, share, share >= thresholds.datasetDriftShare());
    }

    public List<FeatureDrift> driftedFeatures() {
        return features.stream().filter(FeatureDrift::drifted).toList();
    }
}
