package dev.clvops.reports.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.clustering.Cluster;
import org.hipparchus.clustering.DBSCANClusterer;
import org.hipparchus.clustering.DoublePoint;

/** Hipparchus DBSCAN on a sample, with eps at the k-distance knee; labels -1 are noise. */
final class DbscanLabels {

    private DbscanLabels() {
    }

    record Fit(double eps, int minPts, int[] labels, int clusters) {
    }

    static Fit fit(double[][] sample) {
        int minPts = 2 * sample[0].length;
        double eps = KDistanceKnee.knee(KDistanceKnee.sortedKDistances(sample, minPts));
        List<DoublePoint> points = new ArrayList<>(sample.length);
        for (double[] row : sample) {
            points.add(new DoublePoint(row));
        }
        var identity = new java.util.IdentityHashMap<DoublePoint, Integer>();
        for (int i = 0; i < points.size(); i++) {
            identity.put(points.get(i), i);
        }
        List<Cluster<DoublePoint>> clusters = new DBSCANClusterer<DoublePoint>(Math.max(eps, 1e-9), minPts)
                .cluster(points);
        int[] labels = new int[sample.length];
        Arrays.fill(labels, -1);
        for (int c = 0; c < clusters.size(); c++) {
            for (DoublePoint p : clusters.get(c).getPoints()) {
                labels[identity.get(p)] = c;
            }
        }
        return new Fit(eps, minPts, labels, clusters.size());
    }

    /**
     * Labels for all points: sample members keep theirs, the rest join the nearest cluster centroid when within that
     * cluster's radius plus eps, otherwise noise.
     */
    static int[] assign(double[][] points, int[] sampleIndices, Fit fit, double[][] sample) {
        int[] labels = new int[points.length];
        if (fit.clusters() == 0) {
            Arrays.fill(labels, -1);
            return labels;
        }
        double[][] centroids = Points.centroids(sample, fit.labels(), fit.clusters());
        double[] reach = new double[fit.clusters()];
        for (int i = 0; i < sample.length; i++) {
            int c = fit.labels()[i];
            if (c >= 0) {
                reach[c] = Math.max(reach[c], Math.sqrt(Points.squaredDistance(sample[i], centroids[c])));
            }
        }
        for (int i = 0; i < points.length; i++) {
            int c = Points.nearest(points[i], centroids);
            labels[i] = Math.sqrt(Points.squaredDistance(points[i], centroids[c])) <= reach[c] + fit.eps() ? c : -1;
        }
        for (int i = 0; i < sampleIndices.length; i++) {
            labels[sampleIndices[i]] = fit.labels()[i];
        }
        return labels;
    }
}
