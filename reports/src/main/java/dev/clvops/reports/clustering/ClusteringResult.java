package dev.clvops.reports.clustering;

import dev.clvops.platform.analytics.ClusterReport;

/**
 * Per-customer cluster labels and plot coordinates (indexed like the population) and the report.
 *
 * @param kmeans k-means cluster per customer
 * @param dbscan DBSCAN cluster per customer, -1 for noise
 * @param ward   Ward cluster per customer
 * @param pca    three principal-component coordinates per customer
 * @param report curve, chosen k and cluster summaries
 */
public record ClusteringResult(int[] kmeans, int[] dbscan, int[] ward, double[][] pca, ClusterReport report) {
}
