package dev.clvops.reports.analytics;

import dev.clvops.reports.audiences.AudienceSettings;
import dev.clvops.reports.clustering.ClusteringSettings;
import dev.clvops.reports.personas.PersonaRules;
import dev.clvops.reports.playbook.PlaybookSettings;

/**
 * Settings of the analytics (the deploy module binds {@code clvops.analytics.*}).
 *
 * @param clustering            samples, k range and seed
 * @param personas              persona thresholds
 * @param playbook              tiers, response rates and action costs
 * @param audiences             budget shares, CAC share, lookalike share
 * @param overdueAliveThreshold P(alive) below which a passed next-purchase date is overdue
 * @param atRiskThreshold       churn probability from which a customer counts as a likely churner
 * @param cohortForecastMonths  months of the cohort revenue forecast
 */
public record AnalyticsSettings(ClusteringSettings clustering, PersonaRules personas, PlaybookSettings playbook,
                                AudienceSettings audiences, double overdueAliveThreshold, double atRiskThreshold,
                                int cohortForecastMonths) {

    public static AnalyticsSettings defaults() {
        return new AnalyticsSettings(ClusteringSettings.defaults(), PersonaRules.defaults(),
                PlaybookSettings.defaults(), AudienceSettings.defaults(), 0.5, 0.5, 6);
    }
}
