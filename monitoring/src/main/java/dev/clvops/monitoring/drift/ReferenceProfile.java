package dev.clvops.monitoring.drift;

import java.util.List;
import java.util.Map;

/**
 * The baseline snapshot of one feature, taken at training time and stored with the model version. Numeric
 * features keep their bin edges (see {@link #binEdges}), the reference count per bin and a bounded systematic
 * sample for KS; categorical features keep their categories and the count of each. Plain lists only, so the
 * record maps to JSON as it is, or through {@link #toMap()} / {@link #fromMap(Map)}.
 *
 * @param feature the feature (column) name
 * @param kind numeric or categorical
 * @param binEdges numeric: sorted distinct upper bin edges, bin i is (e(i-1), ei], the last is open; else empty
 * @param categories categorical: the category of each bin; else empty
 * @param binCounts reference rows per bin (one more than the edges, or one per category)
 * @param sample numeric: the KS sample of the reference column; else empty
 */
public record ReferenceProfile(String feature, FeatureKind kind, List<Double> binEdges, List<String> categories,
        List<Long> binCounts, List<Double> sample) {

    /** The category that stands for a missing (null) categorical value. */
    public static final String MISSING = "<missing>";

    public ReferenceProfile {
        binEdges = List.copyOf(binEdges);
        categories = List.copyOf(categories);
        binCounts = List.copyOf(binCounts);
        sample = List.copyOf(sample);
        int expectedBins = kind == FeatureKind.NUMERIC ? binEdges.size() + 1 : categories.size();
        if (binCounts.size() != expectedBins) {
            throw new IllegalArgumentException("feature " + feature + ": " + binCounts.size()
                    + " bin counts for " + expectedBins + " bins");
        }
        boolean numericShape = categories.isEmpty() && !sample.isEmpty();
        boolean categoricalShape = binEdges.isEmpty() && sample.isEmpty() && !categories.isEmpty();
        if (kind == FeatureKind.NUMERIC ? !numericShape : !categoricalShape) {
            throw new IllegalArgumentException("feature " + feature + ": not a valid " + kind + " profile");
        }
    }

    /** Profiles a numeric reference column; every value must be finite. */
    public static ReferenceProfile numeric(String feature, double[] values, ProfileSettings settings) {
        return ProfileBuilder.numeric(feature, values, settings);
    }

    /** Profiles a categorical reference column; null values count as {@link #MISSING}. */
    public static ReferenceProfile categorical(String feature, String[] values) {
        return ProfileBuilder.categorical(feature, values);
    }

    /** Rows in the reference column. */
    public long count() {
        return binCounts.stream().mapToLong(Long::longValue).sum();
    }

    /** A JSON-friendly map: strings, lists of numbers and lists of strings. */
    public Map<String, Object> toMap() {
        return ProfileMaps.toMap(this);
    }

    /** Reads {@link #toMap()} output back, also after a JSON round trip (any {@link Number} types). */
    public static ReferenceProfile fromMap(Map<String, ?> map) {
        return ProfileMaps.fromMap(map);
    }

    double[] edgeArray() {
        return binEdges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    double[] sampleArray() {
        return sample.stream().mapToDouble(Double::doubleValue).toArray();
    }

    long[] countArray() {
        return binCounts.stream().mapToLong(Long::longValue).toArray();
    }
}
