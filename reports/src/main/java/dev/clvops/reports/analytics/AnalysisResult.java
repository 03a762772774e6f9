package dev.clvops.reports.analytics;

import dev.clvops.platform.analytics.AudienceReport;
import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.platform.analytics.PlaybookReport;
import dev.clvops.reports.clustering.ClusteringResult;
import dev.clvops.reports.nextpurchase.NextPurchases;
import dev.clvops.reports.personas.Persona;
import dev.clvops.reports.playbook.Tier;
import dev.clvops.reports.population.Population;
import dev.clvops.reports.rfm.RfmScores;
import org.jspecify.annotations.Nullable;

/** Everything computed in memory for one run; tiers and churn probabilities are null without predictions. */
record AnalysisResult(Population population, RfmScores rfm, ClusteringResult clustering, Persona[] personas,
                      NextPurchases nextPurchases, @Nullable Tier @Nullable [] tiers,
                      double @Nullable [] atRisk, ChurnOutlook churnOutlook, PlaybookReport playbook,
                      AudienceReport audiences) {
}
