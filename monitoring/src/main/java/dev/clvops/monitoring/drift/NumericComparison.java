package dev.clvops.monitoring.drift;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;

/**
 * PSI over the reference bins (the whole current column is binned) and the two-sample KS test between the
 * reference sample and a systematic sample of the current column.
 */
final class NumericComparison {

    /** Below this product of sample sizes Hipparchus computes the exact KS p-value, as its own test does. */
    private static final long EXACT_KS_PRODUCT = 10_000;

    private final DriftThresholds thresholds;
    private final ProfileSettings settings;

    NumericComparison(DriftThresholds thresholds, ProfileSettings settings) {
        this.thresholds = thresholds;
        this.settings = settings;
    }

    FeatureDrift compare(ReferenceProfile reference, double[] current) {
        String feature = reference.feature();
        if (current.length == 0) {
            throw new IllegalArgumentException("feature " + feature + ": the current column is empty");
        }
        double[] referenceShares = Psi.proportions(reference.countArray());
        double[] currentShares = Psi.proportions(NumericBins.counts(feature, reference.edgeArray(), current));
        double psi = Psi.of(referenceShares, currentShares);
        double[] referenceSample = reference.sampleArray();
        double[] currentSample = SystematicSample.of(current, settings.sampleSize(), settings.seed());
        var ks = new KolmogorovSmirnovTest(settings.seed());
        double d = ks.kolmogorovSmirnovStatistic(referenceSample, currentSample);
        double p = pValue(ks, d, referenceSample, currentSample);
        boolean testDrift = p < thresholds.ksPValue() && d >= thresholds.ksMinStatistic();
        DriftVerdict verdict = thresholds.verdict(psi, testDrift);
        return new FeatureDrift(feature, FeatureKind.NUMERIC, psi, d, p, d, NumericBins.labels(reference.binEdges()),
                boxed(referenceShares), boxed(currentShares), verdict, verdict == DriftVerdict.ALERT);
    }

    /**
     * Large samples use the asymptotic Kolmogorov distribution of D * sqrt(nm / (n + m)) (Hipparchus
     * {@code approximateP}), reusing D; small ones the exact distribution, ties handled by Hipparchus.
     */
    private static double pValue(KolmogorovSmirnovTest ks, double d, double[] reference, double[] current) {
        if ((long) reference.length * current.length < EXACT_KS_PRODUCT) {
            return ks.kolmogorovSmirnovTest(reference, current);
        }
        return ks.approximateP(d, reference.length, current.length);
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
