package dev.clvops.reports.analytics;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.SegmentationDetails;
import dev.clvops.platform.analytics.SegmentationReader;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the runs list and the segmentation document a refresh stored (see {@code SegmentationDetailsWriter}). */
public final class SegmentationQueries implements SegmentationReader {

    private final JdbcClient jdbc;
    private final JdbcAnalyticsRuns runs;

    public SegmentationQueries(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.runs = new JdbcAnalyticsRuns(dataSource);
    }

    @Override
    public List<AnalyticsRun> completedRuns(int limit) {
        return jdbc.sql("SELECT r.run_id FROM analytics_runs r JOIN analytics_segmentations s USING (run_id)"
                        + " WHERE r.status = 'COMPLETED' ORDER BY r.run_id DESC LIMIT ?")
                .param(limit).query(Long.class).list().stream().map(runs::run).flatMap(Optional::stream).toList();
    }

    @Override
    public SegmentationDetails details(long runId) {
        String json = jdbc.sql("SELECT document::text FROM analytics_segmentations WHERE run_id = ?").param(runId)
                .query(String.class).optional().orElseThrow(() -> new IllegalArgumentException(
                        "no segmentation details for analytics run " + runId));
        return JdbcAnalyticsRuns.JSON.readValue(json, SegmentationDetails.class);
    }
}
