package dev.clvops.reports.clustering;

import dev.clvops.platform.analytics.ClusterReport;
import dev.clvops.reports.population.Population;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** k-means++, DBSCAN, Ward and PCA on samples, with every customer assigned (see the package documentation). */
public final class CustomerClustering {

    private final ClusteringSettings settings;

    public CustomerClustering(ClusteringSettings settings) {
        this.settings = settings;
    }

    public ClusteringResult cluster(Population p) {
        if (p.size() < 2 * settings.kMin()) {
            throw new IllegalArgumentException("clustering needs at least " + 2 * settings.kMin()
                    + " customers, got " + p.size());
        }
        double[][] points = FeatureMatrix.standardised(p);
        int[] sampleIndices = Points.sample(points.length, settings.kmeansSample(), settings.seed());
        double[][] sample = Points.rows(points, sampleIndices, sampleIndices.length);
        KMeansCurve curve = KMeansCurve.fit(sample, settings.kMin(), settings.kMax(), settings.silhouetteSample(),
                settings.seed());
        int k = curve.bestK();
        double[][] centroids = byFallingValue(curve.centroids(k));
        int[] kmeans = assign(points, centroids);
        double[][] dbscanSample = Points.rows(points, sampleIndices, settings.dbscanSample());
        DbscanLabels.Fit dbscanFit = DbscanLabels.fit(dbscanSample);
        int[] dbscan = DbscanLabels.assign(points, Arrays.copyOf(sampleIndices, dbscanSample.length), dbscanFit,
                dbscanSample);
        int[] ward = ward(points, sampleIndices, k);
        PrincipalComponents pca = PrincipalComponents.fit(sample);
        ClusterReport report = new ClusterReport(FeatureMatrix.names(p), curve.curve(), k,
                ClusterSummaries.of(p, kmeans, centroids.length),
                new ClusterReport.Dbscan(dbscanFit.eps(), dbscanFit.minPts(), dbscanFit.clusters(), noise(dbscan)),
                sizes(ward, k), pca.explainedVariance());
        return new ClusteringResult(kmeans, dbscan, ward, pca.project(points), report);
    }

    private int[] ward(double[][] points, int[] sampleIndices, int k) {
        double[][] sample = Points.rows(points, sampleIndices, settings.wardSample());
        int[] sampleLabels = WardLinkage.cut(WardLinkage.merges(sample), sample.length, k);
        int[] labels = assign(points, Points.centroids(sample, sampleLabels, k));
        for (int i = 0; i < sample.length; i++) {
            labels[sampleIndices[i]] = sampleLabels[i];
        }
        return labels;
    }

    /** Centroids reordered so cluster 0 has the highest value (last feature: predicted CLV, else spend). */
    private static double[][] byFallingValue(double[][] centroids) {
        int value = centroids[0].length - 1;
        double[][] sorted = centroids.clone();
        Arrays.sort(sorted, Comparator.comparingDouble((double[] c) -> c[value]).reversed());
        return sorted;
    }

    private static int[] assign(double[][] points, double[][] centroids) {
        int[] labels = new int[points.length];
        IntStream.range(0, points.length).parallel().forEach(i -> labels[i] = Points.nearest(points[i], centroids));
        return labels;
    }

    private static double noise(int[] labels) {
        return (double) Arrays.stream(labels).filter(l -> l < 0).count() / labels.length;
    }

    private static List<Long> sizes(int[] labels, int k) {
        long[] counts = new long[k];
        for (int label : labels) {
            counts[label]++;
        }
        return Arrays.stream(counts).boxed().toList();
    }
}
