package dev.clvops.monitoring.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hipparchus.stat.inference.ChiSquareTest;

/**
 * PSI over categories and the chi-square test of homogeneity on the 2 × k table of reference and current counts.
 * Categories unseen in the reference get their own bin (reference count 0, so ε in PSI), appended in sorted order.
 */
final class CategoricalComparison {

    private final DriftThresholds thresholds;

    CategoricalComparison(DriftThresholds thresholds) {
        this.thresholds = thresholds;
    }

    FeatureDrift compare(ReferenceProfile reference, String[] current) {
        if (current.length == 0) {
            throw new IllegalArgumentException("feature " + reference.feature() + ": the current column is empty");
        }
        Map<String, Long> currentCounts = ProfileBuilder.countCategories(current);
        var categories = new ArrayList<>(reference.categories());
        currentCounts.keySet().stream().filter(category -> !reference.categories().contains(category))
                .sorted().forEach(categories::add);
        long[] referenceCounts = Arrays.copyOf(reference.countArray(), categories.size());
        long[] observed = categories.stream().mapToLong(category -> currentCounts.getOrDefault(category, 0L))
                .toArray();
        double[] referenceShares = Psi.proportions(referenceCounts);
        double[] currentShares = Psi.proportions(observed);
        double psi = Psi.of(referenceShares, currentShares);
        return verdict(reference.feature(), categories, psi, referenceCounts, observed, referenceShares,
                currentShares);
    }

    private FeatureDrift verdict(String feature, List<String> categories, double psi, long[] referenceCounts,
            long[] observed, double[] referenceShares, double[] currentShares) {
        double chiSquare = 0;
        double p = 1;
        if (categories.size() > 1) {
            var test = new ChiSquareTest();
            chiSquare = test.chiSquareDataSetsComparison(referenceCounts, observed);
            p = test.chiSquareTestDataSetsComparison(referenceCounts, observed);
        }
        double rows = Arrays.stream(referenceCounts).sum() + Arrays.stream(observed).sum();
        double cramersV = Math.sqrt(chiSquare / rows);
        boolean testDrift = p < thresholds.chiSquarePValue() && cramersV >= thresholds.chiSquareMinCramersV();
        DriftVerdict verdict = thresholds.verdict(psi, testDrift);
        return new FeatureDrift(feature, FeatureKind.CATEGORICAL, psi, chiSquare, p, cramersV, categories,
                Arrays.stream(referenceShares).boxed().toList(), Arrays.stream(currentShares).boxed().toList(),
                verdict, verdict == DriftVerdict.ALERT);
    }
}
