package dev.clvops.deploy.api;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import org.springframework.stereotype.Component;

/** The latest completed analytics run, or a 404 problem saying how to get one. */
@Component
public class LatestAnalyticsRun {

    private final CustomerAnalyticsReader reader;

    LatestAnalyticsRun(CustomerAnalyticsReader reader) {
        this.reader = reader;
    }

    public AnalyticsRun require() {
        return reader.latestRun().orElseThrow(() -> Problems.notFound("No analytics run yet: build an as-of-now"
                + " snapshot and run the report job (POST /api/v1/jobs/report)"));
    }

    public long requireId() {
        return require().runId();
    }
}
