package dev.clvops.platform.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an analytics run stores for the segmentation views beside the {@link ClusterReport}: exact profiles over all
 * customers and a random sample of customers for scatter plots.
 *
 * @param methods  k-means, DBSCAN and Ward (hierarchical) results, in that order
 * @param segments every RFM segment with its size, scores and value, largest first
 * @param personas customers and CLV per persona, largest first
 * @param sample   a seeded random sample of customers (at most a few thousand) with coordinates and labels
 */
public record SegmentationDetails(List<ClusteringMethod> methods, List<SegmentProfile> segments,
                                  List<SegmentSummary> personas, List<CustomerPoint> sample) {

    public SegmentationDetails {
        methods = List.copyOf(methods);
        segments = List.copyOf(segments);
        personas = List.copyOf(personas);
        sample = List.copyOf(sample);
    }

    /**
     * One clustering method's result over all customers.
     *
     * @param method     {@code kmeans}, {@code dbscan} or {@code ward}
     * @param clusters   clusters found (k), noise not counted
     * @param silhouette mean silhouette on the silhouette sample (noise points left out)
     * @param noiseShare share of customers labelled noise (DBSCAN only, else 0)
     * @param sizes      customers per cluster 0..clusters-1
     */
    public record ClusteringMethod(String method, int clusters, double silhouette, double noiseShare,
                                   List<Long> sizes) {

        public ClusteringMethod {
            sizes = List.copyOf(sizes);
        }
    }

    /**
     * An RFM segment over all its customers.
     *
     * @param segment   the segment label
     * @param customers customers in it
     * @param share     customers / all customers
     * @param meanR     mean recency score 1..5
     * @param meanF     mean frequency score 1..5
     * @param meanM     mean monetary score 1..5
     * @param meanOrders mean orders (frequency)
     * @param meanSpend  mean total spend (monetary)
     * @param totalClv   sum of predicted CLV, null without predictions
     */
    public record SegmentProfile(String segment, long customers, double share, double meanR, double meanF,
                                 double meanM, double meanOrders, double meanSpend, @Nullable Double totalClv) {
    }

    /**
     * One sampled customer.
     *
     * @param customerId    the customer
     * @param segment       RFM segment
     * @param daysSinceLast recency in days
     * @param orders        frequency (orders)
     * @param spend         monetary (total spend)
     * @param clv           predicted CLV, null without predictions
     * @param pca           the first three principal-component coordinates
     * @param kmeans        k-means cluster
     * @param dbscan        DBSCAN cluster, -1 for noise
     * @param ward          Ward cluster
     */
    public record CustomerPoint(String customerId, String segment, double daysSinceLast, double orders,
                                double spend, @Nullable Double clv, List<Double> pca, int kmeans, int dbscan,
                                int ward) {

        public CustomerPoint {
            pca = List.copyOf(pca);
        }
    }
}
