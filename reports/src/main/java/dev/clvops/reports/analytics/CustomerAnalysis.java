package dev.clvops.reports.analytics;

import dev.clvops.platform.analytics.AudienceReport;
import dev.clvops.platform.analytics.PlaybookReport;
import dev.clvops.reports.audiences.Audiences;
import dev.clvops.reports.clustering.ClusteringResult;
import dev.clvops.reports.clustering.CustomerClustering;
import dev.clvops.reports.movement.ChurnForecast;
import dev.clvops.reports.nextpurchase.NextPurchaseEstimator;
import dev.clvops.reports.personas.PersonaAssigner;
import dev.clvops.reports.playbook.RetentionPlaybook;
import dev.clvops.reports.playbook.Tier;
import dev.clvops.reports.population.Population;
import dev.clvops.reports.population.Predictions;
import dev.clvops.reports.rfm.RfmScorer;
import dev.clvops.reports.rfm.RfmScores;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs every in-memory analytics feature on a population; no I/O. */
final class CustomerAnalysis {

    static final String NO_PREDICTIONS = "no completed scoring run for this snapshot";
    private final AnalyticsSettings settings;

    CustomerAnalysis(AnalyticsSettings settings) {
        this.settings = settings;
    }

    /** Clusters on another thread while the other features run: the clustering is the longest of them. */
    AnalysisResult analyse(Population p, PhaseTimer timer) {
        try (ExecutorService background = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<ClusteringResult> clustering = background.submit(() -> timer.time("clustering",
                    () -> new CustomerClustering(settings.clustering()).cluster(p)));
            return analyse(p, timer, clustering);
        }
    }

    private AnalysisResult analyse(Population p, PhaseTimer timer, Future<ClusteringResult> clustering) {
        RfmScores rfm = timer.time("rfm", () -> new RfmScorer().score(p));
        var personas = timer.time("personas", () -> new PersonaAssigner(settings.personas()).assign(p));
        var next = timer.time("nextPurchase",
                () -> new NextPurchaseEstimator(settings.overdueAliveThreshold()).estimate(p));
        ChurnForecast churn = new ChurnForecast(settings.atRiskThreshold());
        if (!p.hasPredictions()) {
            return new AnalysisResult(p, rfm, PhaseTimer.join(clustering), personas, next, null, null,
                    churn.outlook(p, rfm.segments(), new double[0]), new PlaybookReport(List.of(), List.of(),
                    NO_PREDICTIONS), new AudienceReport(List.of(), List.of(), NO_PREDICTIONS));
        }
        Predictions pr = p.requirePredictions();
        double[] atRisk = timer.time("churn", () -> churn.probabilities(pr));
        RetentionPlaybook playbook = new RetentionPlaybook(settings.playbook());
        Tier[] tiers = timer.time("tiers", () -> playbook.tiers(pr.clv()));
        PlaybookReport plays = timer.time("playbook", () -> playbook.build(p.ids(), pr.clv(), rfm.segments(), tiers));
        Audiences audiences = new Audiences(settings.audiences());
        AudienceReport audienceReport = timer.time("audiences", () -> audiences.report(p.ids(), pr.clv(),
                audiences.assign(pr.clv(), pr.pAlive(), rfm.segments(), tiers)));
        return new AnalysisResult(p, rfm, PhaseTimer.join(clustering), personas, next, tiers, atRisk,
                churn.outlook(p, rfm.segments(), atRisk), plays, audienceReport);
    }
}
