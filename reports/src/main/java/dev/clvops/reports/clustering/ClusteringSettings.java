package dev.clvops.reports.clustering;

/**
 * Sample sizes and the k range of the clustering; samples bound the cost for a million customers.
 *
 * @param kMin             smallest k tried
 * @param kMax             largest k tried
 * @param kmeansSample     customers k-means and PCA are fitted on
 * @param silhouetteSample customers the silhouette is computed on (O(n^2))
 * @param dbscanSample     customers DBSCAN and the k-distance curve run on (O(n^2))
 * @param wardSample       customers the Ward linkage runs on (O(n^2) memory)
 * @param seed             random seed of sampling and k-means++
 */
public record ClusteringSettings(int kMin, int kMax, int kmeansSample, int silhouetteSample, int dbscanSample,
                                 int wardSample, long seed) {

    public ClusteringSettings {
        if (kMin < 2 || kMax < kMin) {
            throw new IllegalArgumentException("k range " + kMin + ".." + kMax);
        }
        if (silhouetteSample < 2 || dbscanSample < 2 || wardSample < kMax || kmeansSample < kMax) {
            throw new IllegalArgumentException("samples too small for k up to " + kMax);
        }
    }

    public static ClusteringSettings defaults() {
        return new ClusteringSettings(2, 10, 20_000, 5_000, 3_000, 2_000, 42L);
    }
}
