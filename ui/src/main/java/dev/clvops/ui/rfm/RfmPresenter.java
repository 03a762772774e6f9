package dev.clvops.ui.rfm;

import dev.clvops.platform.analytics.ClusterReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.SegmentSummary;
import java.util.List;
import java.util.Optional;

/** Reads the latest run's segments, personas and clusters. */
class RfmPresenter {

    /** What the tab shows of one run. */
    record Segmentation(List<SegmentSummary> segments, List<SegmentSummary> personas, ClusterReport clusters) {
    }

    private final CustomerAnalyticsReader reader;

    RfmPresenter(CustomerAnalyticsReader reader) {
        this.reader = reader;
    }

    Optional<Segmentation> segmentation() {
        return reader.latestRun().map(run -> new Segmentation(reader.segments(run.runId()),
                reader.personas(run.runId()), reader.clusters(run.runId())));
    }
}
