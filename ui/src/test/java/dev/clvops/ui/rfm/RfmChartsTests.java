package dev.clvops.ui.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.analytics.ClusterReport.CurvePoint;
import dev.clvops.platform.analytics.SegmentationDetails.CustomerPoint;
import dev.clvops.platform.analytics.SegmentationDetails.SegmentProfile;
import dev.clvops.ui.chart.JsonText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfmChartsTests {

    @Test
    void sizesBubblesByAreaBetweenTheSmallestAndLargestDiameter() {
        assertThat(RfmCharts.bubble(100, 100)).isEqualTo(RfmCharts.MAX_BUBBLE);
        assertThat(RfmCharts.bubble(0, 100)).isEqualTo(RfmCharts.MIN_BUBBLE);
        assertThat(RfmCharts.bubble(25, 100)).isEqualTo(35);
    }

    @Test
    void placesEachSegmentAtItsMeanOrdersAndSpendSizedByCustomersWithoutClv() {
        List<SegmentProfile> segments = List.of(
                new SegmentProfile("Champions", 40, 0.4, 4.6, 4.5, 4.4, 9.5, 820.0, null),
                new SegmentProfile("Lost", 60, 0.6, 1.2, 1.1, 1.3, 1.0, 35.0, null));

        String json = JsonText.of(RfmCharts.bubbles(segments));

        assertThat(json).contains("size = customers")
                .contains("{\"name\":\"Champions\",\"value\":[9.5,820.0],\"symbolSize\":" + RfmCharts.bubble(40, 60))
                .contains("{\"name\":\"Lost\",\"value\":[1.0,35.0],\"symbolSize\":60}");
    }

    @Test
    void marksTheChosenKOnTheElbowAndSilhouetteCurves() {
        List<CurvePoint> curve = List.of(new CurvePoint(2, 900, 0.31), new CurvePoint(3, 500, 0.44),
                new CurvePoint(4, 420, 0.38));

        String elbow = JsonText.of(RfmCharts.elbow(curve, 3));
        String silhouette = JsonText.of(RfmCharts.silhouette(curve, 3));

        assertThat(elbow).contains("\"data\":[\"2\",\"3\",\"4\"]").contains("[900.0,500.0,420.0]")
                .contains("{\"xAxis\":\"3\"}").contains("chosen k = 3");
        assertThat(silhouette).contains("[0.31,0.44,0.38]");
    }

    @Test
    void groupsTheSampleByTheSelectedMethodsClusters() {
        List<CustomerPoint> sample = List.of(RfmPresenterTests.NOISY,
                new CustomerPoint("c2", "Lost", 300, 1, 20.0, null, List.of(-1.0, 0.5, 0.0), 1, 0, 1));

        Map<String, List<double[]>> dbscan = RfmCharts.rfm3d(sample, "dbscan");
        String pca = JsonText.of(RfmCharts.pca(sample, "kmeans", "k-means"));

        assertThat(dbscan).containsOnlyKeys("Noise", "Cluster 0");
        assertThat(dbscan.get("Noise").getFirst()).containsExactly(Math.log1p(3), Math.log1p(12), Math.log1p(900));
        assertThat(pca).contains("\"name\":\"Cluster 0\",\"data\":[[1.5,-0.5]]")
                .contains("\"name\":\"Cluster 1\",\"data\":[[-1.0,0.5]]");
    }
}
