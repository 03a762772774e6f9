package dev.clvops.monitoring.drift;

import java.util.List;

/**
 * Compares current columns with their reference profiles. Numeric features: PSI on the reference bins over the
 * whole current column (binary search per value) and two-sample KS on bounded samples; categorical features: PSI
 * over categories and chi-square. Prediction drift is the same comparison on the predicted-CLV column against
 * the profile of the training-time predictions. Stateless and thread-safe; features are compared in parallel.
 */
public final class DriftEngine {

    private final DriftThresholds thresholds;
    private final NumericComparison numeric;
    private final CategoricalComparison categorical;

    public DriftEngine() {
        this(DriftThresholds.defaults(), ProfileSettings.defaults());
    }

    /** {@code settings} bounds the current-side KS sample; use the settings the profiles were built with. */
    public DriftEngine(DriftThresholds thresholds, ProfileSettings settings) {
        this.thresholds = thresholds;
        this.numeric = new NumericComparison(thresholds, settings);
        this.categorical = new CategoricalComparison(thresholds);
    }

    /** Compares every profiled feature; current columns without a profile are ignored. */
    public DriftReport compare(List<ReferenceProfile> reference, CurrentColumns current) {
        if (reference.isEmpty()) {
            throw new IllegalArgumentException("no reference profiles to compare with");
        }
        // checked before the parallel comparison, so the first missing column in profile order is the one reported
        reference.forEach(profile -> column(profile, current));
        List<FeatureDrift> features = reference.parallelStream().map(profile -> compare(profile, current)).toList();
        return DriftReport.of(features, thresholds);
    }

    /** Drift of one numeric feature, e.g. the predicted CLV (prediction drift). */
    public FeatureDrift compare(ReferenceProfile reference, double[] current) {
        requireKind(reference, FeatureKind.NUMERIC);
        return numeric.compare(reference, current);
    }

    /** Drift of one categorical feature. */
    public FeatureDrift compare(ReferenceProfile reference, String[] current) {
        requireKind(reference, FeatureKind.CATEGORICAL);
        return categorical.compare(reference, current);
    }

    private FeatureDrift compare(ReferenceProfile profile, CurrentColumns current) {
        Object column = column(profile, current);
        return column instanceof double[] values ? compare(profile, values) : compare(profile, (String[]) column);
    }

    private static Object column(ReferenceProfile profile, CurrentColumns current) {
        String feature = profile.feature();
        Object column = profile.kind() == FeatureKind.NUMERIC
                ? current.numeric().get(feature) : current.categorical().get(feature);
        if (column == null) {
            throw new IllegalArgumentException("no current " + profile.kind() + " column for feature " + feature);
        }
        return column;
    }

    private static void requireKind(ReferenceProfile reference, FeatureKind kind) {
        if (reference.kind() != kind) {
            throw new IllegalArgumentException("feature " + reference.feature() + " is " + reference.kind()
                    + ", compared as " + kind);
        }
    }
}
