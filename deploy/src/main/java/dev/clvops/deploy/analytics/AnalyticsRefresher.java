package dev.clvops.deploy.analytics;

import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.reports.analytics.AnalyticsRefresh;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an analytics refresh of the latest as-of-now snapshot now, one at a time (a second caller waits). Scoring
 * calls it after a completed scoring run, the jobs API as the {@code report} job, the demo pipeline at its end.
 */
public class AnalyticsRefresher {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsRefresher.class);

    private final AnalyticsRefresh refresh;

    AnalyticsRefresher(AnalyticsRefresh refresh) {
        this.refresh = refresh;
    }

    /** Refreshes the analytics of the latest completed as-of-now snapshot with its latest scoring run, if any. */
    public synchronized AnalyticsRun refreshNow() {
        long started = System.nanoTime();
        AnalyticsRun run = refresh.refresh();
        log.info("Analytics run {} of snapshot {} (scoring run {}): {} customers in {} ms", run.runId(),
                run.snapshotId(), run.scoringRunId(), run.customers(), (System.nanoTime() - started) / 1_000_000);
        return run;
    }
}
