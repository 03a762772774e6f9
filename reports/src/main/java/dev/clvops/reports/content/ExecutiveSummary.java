package dev.clvops.reports.content;

import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.reports.documents.Block;
import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.facts.CustomerAggregates;
import dev.clvops.reports.facts.ModelHealth;
import dev.clvops.reports.facts.ReportFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The two-to-four page summary for leadership. */
final class ExecutiveSummary {

    static final int TOP = 5;
    private final Formats f;
    private final Sections sections;

    ExecutiveSummary(Formats formats, Sections sections) {
        this.f = formats;
        this.sections = sections;
    }

    List<Block> blocks(ReportFacts facts, @Nullable Comparison comparison) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading("Headline figures"));
        blocks.add(sections.tiles(facts, comparison));
        blocks.add(new Block.Note(comparison == null ? "First report: later reports show the change against it."
                : "Changes compare with the previous report of " + f.instant(comparison.generatedAt()) + "."));
        blocks.add(new Block.Heading("Predicted customer value"));
        blocks.addAll(sections.predictedValue(facts));
        addIfPresent(blocks, sections.clvHistogram(facts));
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Heading("Top segments"));
        blocks.add(sections.groups("Segment", facts.customers().segments(), facts, TOP));
        blocks.add(new Block.Heading("Top personas"));
        blocks.add(sections.groups("Persona", facts.customers().personas(), facts, TOP));
        blocks.add(new Block.Heading("Cohort retention"));
        addIfPresent(blocks, sections.retention(facts.cohorts()));
        blocks.add(new Block.Heading("Churn indicators"));
        blocks.add(new Block.Bullets(churn(facts)));
        blocks.add(new Block.Heading("Model health"));
        blocks.add(model(facts.model()));
        blocks.add(new Block.Heading("Recommendations"));
        blocks.add(new Block.Bullets(new Recommendations(f).of(facts, comparison)));
        return blocks;
    }

    private List<String> churn(ReportFacts facts) {
        CustomerAggregates c = facts.customers();
        List<String> items = new ArrayList<>();
        if (c.withPAlive() == 0) {
            items.add("P(alive) is not available: the model in use (" + facts.model().label()
                    + ") does not estimate it.");
        } else {
            items.add(f.percent((double) c.lowAlive() / c.withPAlive()) + " of customers (" + f.count(c.lowAlive())
                    + " of " + f.count(c.withPAlive()) + ") have a low P(alive), below 0.3.");
        }
        items.add(f.count(c.overdue()) + " customers are overdue: their expected next purchase date has passed"
                + " while P(alive) is low.");
        ChurnOutlook outlook = facts.churn();
        if (outlook.unavailableReason() == null) {
            double expected = outlook.rows().stream().mapToDouble(ChurnOutlook.Row::expectedAtRisk).sum();
            items.add(f.count(Math.round(expected)) + " customers are expected to become At Risk or Lost within "
                    + outlook.horizonDays() + " days.");
        }
        return items;
    }

    private Block.Table model(ModelHealth m) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Model in use", m.label()));
        rows.add(List.of("Champion", m.champion() == null ? "none registered" : m.family() + " v" + m.champion()));
        for (Map.Entry<String, Double> metric : new java.util.TreeMap<>(m.metrics()).entrySet()) {
            rows.add(List.of("Arena " + metric.getKey(), f.decimal(metric.getValue(), 3)));
        }
        rows.add(List.of("Last retrain", m.lastRetrain() == null ? "never" : f.instant(m.lastRetrain())));
        rows.add(List.of("Drift", m.drift()));
        if (m.unavailableReason() != null) {
            rows.add(List.of("Note", m.unavailableReason()));
        }
        return new Block.Table(List.of("Item", "Status"), List.of(false, false), rows, null);
    }

    static void addIfPresent(List<Block> blocks, @Nullable Block block) {
        if (block != null) {
            blocks.add(block);
        }
    }
}
