package dev.clvops.reports.content;

import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.facts.CustomerAggregates;
import dev.clvops.reports.facts.CustomerAggregates.Group;
import dev.clvops.reports.facts.ReportFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Three to five recommendations by rules over the numbers; each names the number it rests on. */
final class Recommendations {

    static final int MAX = 5;
    private final Formats f;

    Recommendations(Formats formats) {
        this.f = formats;
    }

    List<String> of(ReportFacts facts, @Nullable Comparison comparison) {
        List<Optional<String>> candidates = List.of(noModel(facts), dormant(facts.customers()),
                topDecile(facts.kpis()), overdue(facts.customers()), churn(facts.churn()),
                revenueDrop(facts, comparison), repeat(facts.kpis()), focusSegment(facts), persona(facts));
        List<String> chosen = new ArrayList<>();
        candidates.forEach(c -> c.filter(x -> chosen.size() < MAX).ifPresent(chosen::add));
        return chosen;
    }

    private Optional<String> noModel(ReportFacts facts) {
        return facts.hasPredictions() ? Optional.empty() : Optional.of("Train and promote a CLV model: with 0 "
                + "customers scored, predicted value, value tiers and the churn outlook are missing from this report.");
    }

    private Optional<String> dormant(CustomerAggregates c) {
        double share = c.withPAlive() == 0 ? 0 : (double) c.lowAlive() / c.withPAlive();
        return share < 0.25 ? Optional.empty() : Optional.of("Win back the dormant base: " + f.percent(share)
                + " of customers (" + f.count(c.lowAlive()) + ") have P(alive) below 0.3; send the At Risk and"
                + " Can't Lose Them segments a win-back offer before they lapse for good.");
    }

    private Optional<String> topDecile(KpiReport kpis) {
        KpiReport.TopCustomers top = kpis.topDecile();
        return top == null || top.predictedShare() < 0.3 ? Optional.empty() : Optional.of("Protect the top 10%: "
                + f.count(top.customers()) + " customers hold " + f.percent(top.predictedShare())
                + " of predicted value (" + f.money(top.predictedClv()) + "); give them priority service and"
                + " a loyalty programme.");
    }

    private Optional<String> overdue(CustomerAggregates c) {
        return c.overdue() == 0 ? Optional.empty() : Optional.of("Contact the " + f.count(c.overdue())
                + " overdue customers now: their expected purchase date has passed while P(alive) is low.");
    }

    private Optional<String> churn(ChurnOutlook outlook) {
        return outlook.rows().stream().max(Comparator.comparingDouble(ChurnOutlook.Row::expectedAtRisk))
                .filter(r -> outlook.unavailableReason() == null && r.expectedAtRisk() >= 1)
                .map(r -> "Start retention with " + r.segment() + ": " + f.count(Math.round(r.expectedAtRisk()))
                        + " of its " + f.count(r.customers()) + " customers are expected to become At Risk or Lost"
                        + " within " + outlook.horizonDays() + " days, more than in any other segment.");
    }

    private Optional<String> revenueDrop(ReportFacts facts, @Nullable Comparison comparison) {
        if (comparison == null || comparison.previous().revenue() <= 0) {
            return Optional.empty();
        }
        double change = facts.kpis().revenue() / comparison.previous().revenue() - 1;
        return change > -0.05 ? Optional.empty() : Optional.of("Investigate the revenue decline: revenue is "
                + f.percent(-change) + " below the previous report; compare channels and categories in the"
                + " business overview.");
    }

    private Optional<String> repeat(KpiReport kpis) {
        return Optional.of(kpis.repeatRate() < 0.5
                ? "Drive the second order: only " + f.percent(kpis.repeatRate()) + " of customers ordered more than"
                        + " once; a post-purchase journey for one-time buyers is the cheapest growth lever."
                : "Reward loyalty: " + f.percent(kpis.repeatRate()) + " of customers ordered more than once; a"
                        + " referral programme turns them into an acquisition channel.");
    }

    private Optional<String> focusSegment(ReportFacts facts) {
        CustomerAggregates c = facts.customers();
        return c.segments().stream().findFirst().map(g -> "Focus on " + g.name() + ": with "
                + f.percent(Sections.share(g.customers(), (double) c.customers())) + " of customers it holds "
                + (facts.hasPredictions() ? f.percent(Sections.share(value(g), c.totalClv())) + " of predicted value."
                        : f.percent(Sections.share(g.spend(), c.totalSpend())) + " of revenue."));
    }

    private Optional<String> persona(ReportFacts facts) {
        CustomerAggregates c = facts.customers();
        return c.personas().stream().max(Comparator.comparingLong(Group::customers)).map(g -> "Tailor the messaging"
                + " to the " + g.name() + " persona, the largest with " + f.count(g.customers()) + " customers ("
                + f.percent(Sections.share(g.customers(), (double) c.customers())) + ").");
    }

    private static double value(Group g) {
        return g.clv() == null ? 0 : g.clv();
    }
}
