package dev.clvops.deploy.analytics;

import dev.clvops.reports.analytics.AnalyticsSettings;
import dev.clvops.reports.audiences.AudienceSettings;
import dev.clvops.reports.clustering.ClusteringSettings;
import dev.clvops.reports.personas.PersonaRules;
import dev.clvops.reports.playbook.PlaybookSettings;
import dev.clvops.reports.playbook.RetentionAction;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code clvops.analytics.*}: the analytics settings with the reports module's defaults (a test keeps them equal to
 * {@link AnalyticsSettings#defaults()}). Playbook response rates and costs override single actions by name, e.g.
 * {@code clvops.analytics.playbook.cost-per-customer.vip-rewards=7.5}.
 */
@ConfigurationProperties("clvops.analytics")
public record AnalyticsProperties(@DefaultValue Clustering clustering, @DefaultValue Personas personas,
                                  @DefaultValue Playbook playbook, @DefaultValue Audiences audiences,
                                  @DefaultValue("0.5") double overdueAliveThreshold,
                                  @DefaultValue("0.5") double atRiskThreshold,
                                  @DefaultValue("6") int cohortForecastMonths) {

    public record Clustering(@DefaultValue("2") int kMin, @DefaultValue("10") int kMax,
                             @DefaultValue("20000") int kmeansSample, @DefaultValue("5000") int silhouetteSample,
                             @DefaultValue("3000") int dbscanSample, @DefaultValue("2000") int wardSample,
                             @DefaultValue("42") long seed) {
    }

    public record Personas(@DefaultValue("0.8") double highSpendQuantile, @DefaultValue("0.25") double lowAovQuantile,
                           @DefaultValue("180") double lapsedDays, @DefaultValue("3") int loyalMinOrders,
                           @DefaultValue("150") double seasonalMinGapDays,
                           @DefaultValue("400") double seasonalMaxGapDays, @DefaultValue("0.35") double seasonalMaxCv) {
    }

    public record Playbook(@DefaultValue("0.05") double platinumShare, @DefaultValue("0.15") double goldShare,
                           @DefaultValue("0.30") double silverShare, @DefaultValue Map<String, Double> responseRate,
                           @DefaultValue Map<String, Double> costPerCustomer, @DefaultValue("500") int topTargets) {
    }

    public record Audiences(@DefaultValue("0.50") double highShare, @DefaultValue("0.35") double growthShare,
                            @DefaultValue("0.15") double lowShare, @DefaultValue("0.30") double cacShare,
                            @DefaultValue("0.01") double lookalikeShare, @DefaultValue("0.5") double growthMinAlive) {
    }

    /** The reports module's settings; invalid values fail here, at start, with the reports module's message. */
    public AnalyticsSettings toSettings() {
        var c = clustering;
        var p = personas;
        var a = audiences;
        return new AnalyticsSettings(
                new ClusteringSettings(c.kMin(), c.kMax(), c.kmeansSample(), c.silhouetteSample(), c.dbscanSample(),
                        c.wardSample(), c.seed()),
                new PersonaRules(p.highSpendQuantile(), p.lowAovQuantile(), p.lapsedDays(), p.loyalMinOrders(),
                        p.seasonalMinGapDays(), p.seasonalMaxGapDays(), p.seasonalMaxCv()),
                playbookSettings(),
                new AudienceSettings(a.highShare(), a.growthShare(), a.lowShare(), a.cacShare(), a.lookalikeShare(),
                        a.growthMinAlive()),
                overdueAliveThreshold, atRiskThreshold, cohortForecastMonths);
    }

    private PlaybookSettings playbookSettings() {
        PlaybookSettings defaults = PlaybookSettings.defaults();
        return new PlaybookSettings(playbook.platinumShare(), playbook.goldShare(), playbook.silverShare(),
                merged(defaults.responseRate(), playbook.responseRate()),
                merged(defaults.costPerCustomer(), playbook.costPerCustomer()), playbook.topTargets());
    }

    private static Map<RetentionAction, Double> merged(Map<RetentionAction, Double> defaults,
                                                       Map<String, Double> overrides) {
        Map<RetentionAction, Double> merged = new EnumMap<>(defaults);
        overrides.forEach((name, value) -> merged.put(
                RetentionAction.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')), value));
        return merged;
    }
}
