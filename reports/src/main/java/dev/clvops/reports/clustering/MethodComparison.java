package dev.clvops.reports.clustering;

import dev.clvops.platform.analytics.SegmentationDetails.ClusteringMethod;
import dev.clvops.reports.population.Population;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the three clusterings of a run on equal terms: each method's final labels are scored with the mean
 * silhouette on one seeded sample of the standardised features (DBSCAN noise left out), next to its cluster sizes.
 */
public final class MethodComparison {

    private MethodComparison() {
    }

    /** k-means, DBSCAN and Ward, in that order. */
    public static List<ClusteringMethod> compare(Population p, ClusteringResult result, ClusteringSettings settings) {
        double[][] points = FeatureMatrix.standardised(p);
        int[] sample = Points.sample(points.length, settings.silhouetteSample(), settings.seed() + 1);
        int k = result.report().chosenK();
        int dbscanClusters = result.report().dbscan().clusters();
        return List.of(method("kmeans", points, sample, result.kmeans(), k),
                method("dbscan", points, sample, result.dbscan(), dbscanClusters),
                method("ward", points, sample, result.ward(), k));
    }

    static ClusteringMethod method(String name, double[][] points, int[] sample, int[] labels, int clusters) {
        long[] sizes = new long[clusters];
        long noise = 0;
        for (int label : labels) {
            if (label < 0) {
                noise++;
            } else {
                sizes[label]++;
            }
        }
        int[] members = Arrays.stream(sample).filter(i -> labels[i] >= 0).toArray();
        double[][] memberPoints = Points.rows(points, members, members.length);
        int[] memberLabels = Arrays.stream(members).map(i -> labels[i]).toArray();
        double silhouette = clusters < 2 ? 0 : Silhouette.mean(memberPoints, memberLabels, clusters);
        return new ClusteringMethod(name, clusters, silhouette, (double) noise / labels.length,
                Arrays.stream(sizes).boxed().toList());
    }
}
