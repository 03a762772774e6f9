package dev.clvops.monitoring.drift;

import java.util.List;

/**
 * How far one feature's current column drifted from its reference profile.
 *
 * @param feature the feature name
 * @param kind numeric (KS test) or categorical (chi-square test)
 * @param psi population stability index over the bins
 * @param statistic KS D (numeric) or chi² (categorical)
 * @param pValue p-value of that test
 * @param effectSize KS D (numeric) or Cramér's V (categorical)
 * @param bins bin labels: value ranges or categories (a category unseen in the reference is appended)
 * @param referenceProportions reference share per bin
 * @param currentProportions current share per bin
 * @param verdict NONE, WARNING or ALERT
 * @param drifted PSI at the alert level, or a significant test with at least the minimum effect
 */
public record FeatureDrift(String feature, FeatureKind kind, double psi, double statistic, double pValue,
        double effectSize, List<String> bins, List<Double> referenceProportions, List<Double> currentProportions,
        DriftVerdict verdict, boolean drifted) {

    public FeatureDrift {
        bins = List.copyOf(bins);
        referenceProportions = List.copyOf(referenceProportions);
        currentProportions = List.copyOf(currentProportions);
    }
}
