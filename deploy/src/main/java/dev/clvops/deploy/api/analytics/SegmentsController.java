package dev.clvops.deploy.api.analytics;

import dev.clvops.deploy.api.LatestAnalyticsRun;
import dev.clvops.platform.analytics.AudienceReport;
import dev.clvops.platform.analytics.ClusterReport;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.PlaybookReport;
import dev.clvops.platform.analytics.SegmentSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "segments", description = "Segmentation of the latest analytics run")
class SegmentsController {

    private final CustomerAnalyticsReader reader;
    private final LatestAnalyticsRun latest;

    SegmentsController(CustomerAnalyticsReader reader, LatestAnalyticsRun latest) {
        this.reader = reader;
        this.latest = latest;
    }

    @GetMapping("/segments")
    @Operation(summary = "Customers and predicted CLV per RFM segment")
    List<SegmentSummary> segments() {
        return reader.segments(latest.requireId());
    }

    @GetMapping("/segments/tiers")
    @Operation(summary = "Customers and predicted CLV per value tier")
    List<SegmentSummary> tiers() {
        return reader.tiers(latest.requireId());
    }

    @GetMapping("/personas")
    @Operation(summary = "Customers and predicted CLV per behavioural persona")
    List<SegmentSummary> personas() {
        return reader.personas(latest.requireId());
    }

    @GetMapping("/clusters")
    @Operation(summary = "k-means clusters with the elbow/silhouette curve, DBSCAN and Ward alternatives")
    ClusterReport clusters() {
        return reader.clusters(latest.requireId());
    }

    @GetMapping("/cohorts")
    @Operation(summary = "Acquisition-month cohorts: retention, revenue, predicted revenue")
    CohortReport cohorts() {
        return reader.cohorts(latest.requireId());
    }

    @GetMapping("/playbook")
    @Operation(summary = "Retention playbook: tier x segment actions and the top targets")
    PlaybookReport playbook() {
        return reader.playbook(latest.requireId());
    }

    @GetMapping("/audiences")
    @Operation(summary = "Marketing audiences by predicted CLV and the lookalike seed")
    AudienceReport audiences() {
        return reader.audiences(latest.requireId());
    }
}
