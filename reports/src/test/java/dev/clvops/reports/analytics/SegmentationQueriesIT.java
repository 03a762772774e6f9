package dev.clvops.reports.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.ClusterReport;
import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.platform.analytics.SegmentationDetails;
import dev.clvops.platform.analytics.SegmentationDetails.CustomerPoint;
import dev.clvops.platform.analytics.SegmentationDetails.SegmentProfile;
import dev.clvops.platform.testing.TestDatabase;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class SegmentationQueriesIT {

    private final SegmentationQueries segmentation = new SegmentationQueries(TestDatabase.dataSource());
    private final AnalyticsQueries queries = new AnalyticsQueries(TestDatabase.dataSource());

    @Test
    void storesExactSegmentProfilesTheMethodComparisonAndASampleOfCustomers() {
        JdbcClient jdbc = AnalyticsFixture.load();
        AnalyticsFixture.scoringRun(jdbc, AnalyticsFixture.snapshot(jdbc));
        AnalyticsRun run = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings()).refresh();

        SegmentationDetails details = segmentation.details(run.runId());

        Map<String, Long> stored = queries.segments(run.runId()).stream()
                .collect(Collectors.toMap(SegmentSummary::name, SegmentSummary::customers));
        assertThat(details.segments().stream().collect(Collectors.toMap(SegmentProfile::segment,
                SegmentProfile::customers))).isEqualTo(stored);
        assertThat(details.personas().stream().mapToLong(SegmentSummary::customers).sum())
                .isEqualTo(AnalyticsFixture.CUSTOMERS);
        ClusterReport clusters = queries.clusters(run.runId());
        assertThat(details.methods().getFirst().clusters()).isEqualTo(clusters.chosenK());
        assertThat(details.methods().getFirst().sizes())
                .isEqualTo(clusters.clusters().stream().map(ClusterReport.Cluster::customers).toList());
        assertThat(details.methods().get(1).clusters()).isEqualTo(clusters.dbscan().clusters());
        assertThat(details.methods().get(2).sizes()).isEqualTo(clusters.wardSizes());
        assertThat(details.sample()).hasSize(SegmentationDetailsWriter.SAMPLE)
                .extracting(CustomerPoint::customerId).doesNotHaveDuplicates();
        assertThat(run.durationsMs()).containsKey("segmentation");
    }

    @Test
    void sampledCustomersCarryTheirStoredSegmentClusterAndPcaCoordinates() {
        JdbcClient jdbc = AnalyticsFixture.load();
        AnalyticsFixture.snapshot(jdbc);
        AnalyticsRun run = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings()).refresh();

        CustomerPoint point = segmentation.details(run.runId()).sample().get(17);

        var stored = queries.customer(run.runId(), point.customerId()).orElseThrow();
        assertThat(point.segment()).isEqualTo(stored.segment());
        assertThat(point.kmeans()).isEqualTo(stored.cluster());
        assertThat(point.clv()).isNull();
        Map<String, Object> row = jdbc.sql("SELECT pca_x, dbscan_cluster, ward_cluster FROM customer_analytics"
                + " WHERE run_id = ? AND customer_id = ?").params(run.runId(), point.customerId()).query().singleRow();
        assertThat(point.pca().getFirst()).isEqualTo(((Number) row.get("pca_x")).doubleValue());
        assertThat(point.dbscan()).isEqualTo(row.get("dbscan_cluster"));
        assertThat(point.ward()).isEqualTo(row.get("ward_cluster"));
    }

    @Test
    void listsCompletedRunsNewestFirstAndRejectsARunWithoutDetails() {
        JdbcClient jdbc = AnalyticsFixture.load();
        AnalyticsFixture.snapshot(jdbc);
        AnalyticsRefresh refresh = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings());
        long first = refresh.refresh().runId();
        long second = refresh.refresh().runId();

        assertThat(segmentation.completedRuns(10)).extracting(AnalyticsRun::runId).containsExactly(second, first);
        assertThat(segmentation.completedRuns(1)).extracting(AnalyticsRun::runId).containsExactly(second);
        assertThatThrownBy(() -> segmentation.details(second + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no segmentation details for analytics run " + (second + 1));
    }

    @Test
    void leavesOutRunsMadeBeforeSegmentationDetailsWereStored() {
        JdbcClient jdbc = AnalyticsFixture.load();
        AnalyticsFixture.snapshot(jdbc);
        AnalyticsRefresh refresh = new AnalyticsRefresh(TestDatabase.dataSource(), AnalyticsFixture.settings());
        long older = refresh.refresh().runId();
        long newer = refresh.refresh().runId();
        jdbc.sql("DELETE FROM analytics_segmentations WHERE run_id = ?").param(newer).update();

        assertThat(segmentation.completedRuns(10)).extracting(AnalyticsRun::runId).containsExactly(older);
    }
}
