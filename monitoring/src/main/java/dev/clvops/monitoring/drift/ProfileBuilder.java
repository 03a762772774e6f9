package dev.clvops.monitoring.drift;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds {@link ReferenceProfile}s from reference columns. */
final class ProfileBuilder {

    private ProfileBuilder() {
    }

    static ReferenceProfile numeric(String feature, double[] values, ProfileSettings settings) {
        if (values.length == 0) {
            throw new IllegalArgumentException("feature " + feature + ": the reference column is empty");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] edges = NumericBins.edges(sorted, settings.bins());
        long[] counts = NumericBins.counts(feature, edges, values);
        double[] sample = SystematicSample.of(values, settings.sampleSize(), settings.seed());
        return new ReferenceProfile(feature, FeatureKind.NUMERIC, boxed(edges), List.of(),
                Arrays.stream(counts).boxed().toList(), boxed(sample));
    }

    /** Categories in their natural (sorted) order, so equal columns give equal profiles. */
    static ReferenceProfile categorical(String feature, String[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("feature " + feature + ": the reference column is empty");
        }
        var counts = new TreeMap<>(countCategories(values));
        return new ReferenceProfile(feature, FeatureKind.CATEGORICAL, List.of(), List.copyOf(counts.keySet()),
                List.copyOf(counts.values()), List.of());
    }

    static Map<String, Long> countCategories(String[] values) {
        var counts = new HashMap<String, Long>();
        for (String value : values) {
            counts.merge(value == null ? ReferenceProfile.MISSING : value, 1L, Long::sum);
        }
        return counts;
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
