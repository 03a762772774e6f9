package dev.clvops.reports.content;

import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.platform.analytics.ExecutiveFacts;
import dev.clvops.platform.analytics.ExecutiveFacts.Group;
import dev.clvops.platform.analytics.ExecutiveFacts.RetentionPoint;
import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.facts.CustomerAggregates;
import dev.clvops.reports.facts.ModelHealth;
import dev.clvops.reports.facts.ReportFacts;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The executive summary's numbers as {@link ExecutiveFacts}, chosen by the same rules the PDF uses. */
public final class ExecutiveHighlights {

    private final Formats formats;

    public ExecutiveHighlights(Formats formats) {
        this.formats = formats;
    }

    public ExecutiveFacts of(ReportFacts facts, @Nullable Comparison comparison) {
        CustomerAggregates c = facts.customers();
        return new ExecutiveFacts(facts.run().runId(), facts.dataUpTo(), facts.kpis(),
                new ExecutiveFacts.PredictedValue(c.totalClv(), c.totalP10(), c.totalP90(), c.predicted(),
                        facts.model().horizonDays()),
                groups(c.segments(), c), groups(c.personas(), c), retention(facts), churn(facts),
                model(facts.model()), new Recommendations(formats).of(facts, comparison));
    }

    private static List<Group> groups(List<CustomerAggregates.Group> groups, CustomerAggregates c) {
        return groups.stream().limit(ExecutiveSummary.TOP).map(g -> new Group(g.name(), g.customers(),
                Sections.share(g.customers(), (double) c.customers()), Sections.share(g.spend(), c.totalSpend()),
                c.totalClv() == null ? null : clv(g), c.totalClv() == null ? null : Sections.share(clv(g),
                        c.totalClv()))).toList();
    }

    private static double clv(CustomerAggregates.Group g) {
        return g.clv() == null ? 0 : g.clv();
    }

    private static List<RetentionPoint> retention(ReportFacts facts) {
        return Sections.retentionCohorts(facts.cohorts()).stream()
                .map(c -> new RetentionPoint(c.month(), c.retention().get(1), c.retention().get(3))).toList();
    }

    private static ExecutiveFacts.Churn churn(ReportFacts facts) {
        CustomerAggregates c = facts.customers();
        ChurnOutlook outlook = facts.churn();
        Double expected = outlook.unavailableReason() != null ? null
                : outlook.rows().stream().mapToDouble(ChurnOutlook.Row::expectedAtRisk).sum();
        return new ExecutiveFacts.Churn(c.withPAlive(), c.lowAlive(), c.overdue(), expected, outlook.horizonDays());
    }

    private static ExecutiveFacts.ModelHealth model(ModelHealth m) {
        return new ExecutiveFacts.ModelHealth(m.family(), m.version(), m.champion(), m.metrics(), m.lastRetrain(),
                m.drift(), m.unavailableReason());
    }
}
