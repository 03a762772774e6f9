package dev.clvops.reports.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.platform.analytics.SegmentationDetails.ClusteringMethod;
import dev.clvops.reports.population.Population;
import dev.clvops.reports.population.TestPopulations;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodComparisonTests {

    @Test
    void scoresEachMethodsLabelsWithSizesThatCoverEveryCustomer() {
        int n = 600;
        double[] days = new double[n];
        double[] orders = new double[n];
        double[] spend = new double[n];
        for (int i = 0; i < n; i++) {
            boolean vip = i % 6 == 0;
            days[i] = vip ? 5 + i % 7 : 300 + i % 50;
            orders[i] = vip ? 20 + i % 5 : 1 + i % 2;
            spend[i] = vip ? 5000 + i : 20 + i % 30;
        }
        Population p = TestPopulations.rfm(days, orders, spend);
        ClusteringSettings settings = new ClusteringSettings(2, 5, 400, 200, 200, 100, 3L);
        ClusteringResult result = new CustomerClustering(settings).cluster(p);

        List<ClusteringMethod> methods = MethodComparison.compare(p, result, settings);

        assertThat(methods).extracting(ClusteringMethod::method).containsExactly("kmeans", "dbscan", "ward");
        ClusteringMethod kmeans = methods.getFirst();
        assertThat(kmeans.clusters()).isEqualTo(2);
        assertThat(kmeans.sizes()).containsExactly(100L, 500L);
        assertThat(kmeans.silhouette()).isGreaterThan(0.5);
        ClusteringMethod dbscan = methods.get(1);
        long dbscanMembers = dbscan.sizes().stream().mapToLong(Long::longValue).sum();
        assertThat(dbscanMembers + Math.round(dbscan.noiseShare() * n)).isEqualTo(n);
        assertThat(methods.get(2).sizes().stream().mapToLong(Long::longValue).sum()).isEqualTo(n);
    }

    @Test
    void leavesNoisePointsOutOfTheSilhouetteAndScoresOneClusterZero() {
        double[][] points = {{0, 0}, {0, 0.1}, {5, 5}, {5, 5.1}, {100, 100}};
        int[] sample = {0, 1, 2, 3, 4};

        ClusteringMethod twoClusters = MethodComparison.method("dbscan", points, sample, new int[] {0, 0, 1, 1, -1}, 2);
        ClusteringMethod oneCluster = MethodComparison.method("dbscan", points, sample, new int[] {0, 0, 0, 0, -1}, 1);

        assertThat(twoClusters.silhouette()).isCloseTo(0.985, within(0.01));
        assertThat(twoClusters.noiseShare()).isEqualTo(0.2);
        assertThat(twoClusters.sizes()).containsExactly(2L, 2L);
        assertThat(oneCluster.silhouette()).isZero();
    }
}
