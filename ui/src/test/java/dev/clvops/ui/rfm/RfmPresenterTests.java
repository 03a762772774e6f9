package dev.clvops.ui.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.analytics.MovementMatrix;
import dev.clvops.platform.analytics.SegmentationDetails;
import dev.clvops.platform.analytics.SegmentationDetails.ClusteringMethod;
import dev.clvops.platform.analytics.SegmentationDetails.CustomerPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmPresenterTests {

    static final CustomerPoint NOISY = new CustomerPoint("c1", "Champions", 3, 12, 900.0, 250.0,
            List.of(1.5, -0.5, 0.2), 0, -1, 2);

    @Test
    void namesTheClusterOfTheSelectedMethodAndCallsDbscanOutliersNoise() {
        assertThat(RfmPresenter.clusterOf(NOISY, "kmeans")).isEqualTo("Cluster 0");
        assertThat(RfmPresenter.clusterOf(NOISY, "dbscan")).isEqualTo("Noise");
        assertThat(RfmPresenter.clusterOf(NOISY, "ward")).isEqualTo("Cluster 2");
        assertThatThrownBy(() -> RfmPresenter.clusterOf(NOISY, "spectral")).hasMessageContaining("spectral");
    }

    @Test
    void picksTheStoredResultOfTheSelectedMethod() {
        ClusteringMethod dbscan = new ClusteringMethod("dbscan", 3, 0.21, 0.05, List.of(10L, 5L, 4L));
        SegmentationDetails details = new SegmentationDetails(List.of(new ClusteringMethod("kmeans", 4, 0.42, 0,
                List.of(5L, 5L, 5L, 5L)), dbscan), List.of(), List.of(), List.of(NOISY));

        assertThat(RfmPresenter.method(details, "dbscan")).isEqualTo(dbscan);
        assertThat(ClusteringPanel.silhouette(RfmPresenter.method(details, "kmeans").silhouette())).isEqualTo("0.420");
    }

    @Test
    void countsTheCustomersInBothSegmentationsFromTheMatrixCells() {
        MovementMatrix matrix = new MovementMatrix(List.of("Champions", "Lost"), List.of(List.of(7L, 2L),
                List.of(1L, 20L)), 4, 6);

        assertThat(RfmPresenter.customersInBoth(matrix)).isEqualTo(30);
    }

    @Test
    void ordersClusterLegendsNoiseFirstThenByNumber() {
        assertThat(List.of("Cluster 10", "Cluster 2", "Noise").stream().sorted(RfmPresenter.CLUSTER_ORDER).toList())
                .containsExactly("Noise", "Cluster 2", "Cluster 10");
    }
}
