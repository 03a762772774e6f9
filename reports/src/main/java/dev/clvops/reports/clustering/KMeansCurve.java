package dev.clvops.reports.clustering;

import dev.clvops.platform.analytics.ClusterReport.CurvePoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.hipparchus.clustering.CentroidCluster;
import org.hipparchus.clustering.Clusterable;
import org.hipparchus.clustering.KMeansPlusPlusClusterer;
import org.hipparchus.clustering.distance.EuclideanDistance;
import org.hipparchus.random.Well19937c;

/** Hipparchus k-means++ for each k of a range on one sample; keeps the curve and the centroids of each k. */
final class KMeansCurve {

    private final List<CurvePoint> curve = new ArrayList<>();
    private final List<double[][]> centroids = new ArrayList<>();
    private final int kMin;

    private KMeansCurve(int kMin) {
        this.kMin = kMin;
    }

    /**
     * Fits k = kMin..kMax on {@code sample}, the k in parallel (each k has its own seed, so the result does not
     * depend on the schedule); the silhouette uses the sample's first {@code silhouetteSize} points.
     */
    static KMeansCurve fit(double[][] sample, int kMin, int kMax, int silhouetteSize, long seed) {
        KMeansCurve result = new KMeansCurve(kMin);
        List<Row> rows = new ArrayList<>(sample.length);
        for (int i = 0; i < sample.length; i++) {
            rows.add(new Row(i, sample[i]));
        }
        double[][] silhouettePoints = Arrays.copyOf(sample, Math.min(silhouetteSize, sample.length));
        List<Fit> fits = IntStream.rangeClosed(kMin, Math.min(kMax, sample.length)).parallel()
                .mapToObj(k -> fit(rows, k, silhouettePoints, seed)).toList();
        for (Fit f : fits) {
            result.curve.add(f.point());
            result.centroids.add(f.centres());
        }
        return result;
    }

    private static Fit fit(List<Row> rows, int k, double[][] silhouettePoints, long seed) {
        var clusterer = new KMeansPlusPlusClusterer<Row>(k, 300, new EuclideanDistance(), new Well19937c(seed + k));
        List<CentroidCluster<Row>> clusters = clusterer.cluster(rows);
        int[] labels = new int[rows.size()];
        double inertia = 0;
        double[][] centres = new double[clusters.size()][];
        for (int c = 0; c < clusters.size(); c++) {
            centres[c] = clusters.get(c).getCenter().getPoint();
            for (Row row : clusters.get(c).getPoints()) {
                labels[row.index()] = c;
                inertia += Points.squaredDistance(row.point(), centres[c]);
            }
        }
        double silhouette = Silhouette.mean(silhouettePoints, Arrays.copyOf(labels, silhouettePoints.length),
                centres.length);
        return new Fit(new CurvePoint(k, inertia, silhouette), centres);
    }

    List<CurvePoint> curve() {
        return List.copyOf(curve);
    }

    /** The k of highest silhouette, the smallest such k on ties. */
    int bestK() {
        CurvePoint best = curve.getFirst();
        for (CurvePoint p : curve) {
            if (p.silhouette() > best.silhouette()) {
                best = p;
            }
        }
        return best.k();
    }

    double[][] centroids(int k) {
        return centroids.get(k - kMin);
    }

    private record Fit(CurvePoint point, double[][] centres) {
    }

    private record Row(int index, double[] point) implements Clusterable {
        @Override
        public double[] getPoint() {
            return point;
        }
    }
}
