package dev.clvops.deploy.monitoring;

import dev.clvops.deploy.analytics.AnalyticsRefresher;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.monitoring.PipelineStep;
import dev.clvops.training.registry.PromotionGate;
import dev.clvops.training.scoring.ScoringReport;
import dev.clvops.training.scoring.ScoringService;

/**
 * The daily pipeline's scoring step: first retries registrations queued while the registry was away, then the
 * champion scores the latest snapshot and the customer analytics are refreshed from the new predictions.
 */
final class ScoringStep implements PipelineStep {

    private final PromotionGate promotionGate;
    private final ScoringService scoring;
    private final AnalyticsRefresher analytics;

    ScoringStep(PromotionGate promotionGate, ScoringService scoring, AnalyticsRefresher analytics) {
        this.promotionGate = promotionGate;
        this.scoring = scoring;
        this.analytics = analytics;
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public int order() {
        return SCORE;
    }

    @Override
    public String run(ProgressListener progress) {
        int registered = promotionGate.retryPending().size();
        ScoringReport report = scoring.score(null, progress);
        long analyticsRun = analytics.refreshNow().runId();
        return "scoring run " + report.scoringRunId() + " (" + report.family() + " v" + report.modelVersion() + ", "
                + report.rows() + " customers), analytics run " + analyticsRun
                + (registered > 0 ? ", " + registered + " queued registrations retried" : "");
    }
}
