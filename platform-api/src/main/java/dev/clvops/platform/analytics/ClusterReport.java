package dev.clvops.platform.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Clustering of a run: the k-means elbow/silhouette curve and chosen k, one summary per k-means cluster, the
 * DBSCAN and Ward alternatives, and the PCA explained variance of the plot coordinates.
 *
 * @param features          the standardised features clustered, e.g. log recency, log frequency, log monetary
 * @param curve             inertia and silhouette for each k tried
 * @param chosenK           the k with the highest silhouette (smallest k on ties)
 * @param clusters          the k-means clusters with centroids in original units and a business-value label
 * @param dbscan            DBSCAN parameters and result
 * @param wardSizes         customers per Ward cluster (same k as k-means)
 * @param explainedVariance share of variance of principal components 1..3
 */
public record ClusterReport(List<String> features, List<CurvePoint> curve, int chosenK, List<Cluster> clusters,
                            Dbscan dbscan, List<Long> wardSizes, List<Double> explainedVariance) {

    public ClusterReport {
        features = List.copyOf(features);
        curve = List.copyOf(curve);
        clusters = List.copyOf(clusters);
        wardSizes = List.copyOf(wardSizes);
        explainedVariance = List.copyOf(explainedVariance);
    }

    /** Within-cluster sum of squares (elbow) and mean silhouette for one k, both on samples. */
    public record CurvePoint(int k, double inertia, double silhouette) {
    }

    /**
     * One k-means cluster; means are over all its customers in original units, {@code meanClv} is null without
     * predictions.
     */
    public record Cluster(int id, String label, long customers, double share, double meanDaysSinceLast,
                          double meanOrders, double meanSpend, @Nullable Double meanClv) {
    }

    /** DBSCAN run: eps from the k-distance knee, minPts, clusters found and noise share. */
    public record Dbscan(double eps, int minPts, int clusters, double noiseShare) {
    }
}
