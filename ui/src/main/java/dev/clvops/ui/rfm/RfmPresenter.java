package dev.clvops.ui.rfm;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.ClusterReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.MovementMatrix;
import dev.clvops.platform.analytics.SegmentationDetails;
import dev.clvops.platform.analytics.SegmentationDetails.ClusteringMethod;
import dev.clvops.platform.analytics.SegmentationDetails.CustomerPoint;
import dev.clvops.platform.analytics.SegmentationReader;
import java.io.Reader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the latest run's stored segmentation (one document and the cluster report; no scan of the customers) and
 * computes segment movement between runs on request.
 */
class RfmPresenter {

    /** Clustering methods in the order of the selector, with their labels. */
    static final Map<String, String> METHODS = Map.of("kmeans", "k-means", "dbscan", "DBSCAN",
            "ward", "Hierarchical (Ward)");
    static final List<String> METHOD_ORDER = List.of("kmeans", "dbscan", "ward");
    /** Legend order of cluster names: "Noise", then clusters by number. */
    static final Comparator<String> CLUSTER_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());
    /** Runs offered for the movement matrix. */
    static final int RUNS = 20;

    /** What the tab shows of one run. */
    record Segmentation(AnalyticsRun run, SegmentationDetails details, ClusterReport clusters,
                        List<AnalyticsRun> runs) {
    }

    private final CustomerAnalyticsReader reader;
    private final SegmentationReader segmentation;

    RfmPresenter(CustomerAnalyticsReader reader, SegmentationReader segmentation) {
        this.reader = reader;
        this.segmentation = segmentation;
    }

    Optional<Segmentation> segmentation() {
        List<AnalyticsRun> runs = segmentation.completedRuns(RUNS);
        return runs.stream().findFirst().map(run -> new Segmentation(run, segmentation.details(run.runId()),
                reader.clusters(run.runId()), runs));
    }

    MovementMatrix movement(long beforeRunId, long afterRunId) {
        return reader.movement(beforeRunId, afterRunId);
    }

    MovementMatrix movementFromUpload(Reader csv, String fileName, long afterRunId) {
        return reader.movementFromUpload(csv, fileName, afterRunId);
    }

    static ClusteringMethod method(SegmentationDetails details, String method) {
        return details.methods().stream().filter(m -> m.method().equals(method)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no clustering method " + method));
    }

    /** The sampled customer's cluster under {@code method}, named for legends ("Cluster 2", "Noise"). */
    static String clusterOf(CustomerPoint point, String method) {
        int label = switch (method) {
            case "kmeans" -> point.kmeans();
            case "dbscan" -> point.dbscan();
            case "ward" -> point.ward();
            default -> throw new IllegalArgumentException("no clustering method " + method);
        };
        return label < 0 ? "Noise" : "Cluster " + label;
    }

    /** Customers counted in the matrix: those in both segmentations. */
    static long customersInBoth(MovementMatrix matrix) {
        return matrix.counts().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
    }
}
