package dev.clvops.reports.content;

import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.reports.documents.Block;
import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.facts.ReportFacts;
import java.util.ArrayList;
import java.util.List;

/** Predicted value, its distribution and tiers, the churn outlook and cohort retention. */
final class ClvRetentionReport {

    private static final int[] MONTHS = {1, 3, 6, 12};
    private final Formats f;
    private final Sections sections;

    ClvRetentionReport(Formats formats, Sections sections) {
        this.f = formats;
        this.sections = sections;
    }

    List<Block> blocks(ReportFacts facts) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading("Predicted customer value"));
        blocks.addAll(sections.predictedValue(facts));
        ExecutiveSummary.addIfPresent(blocks, sections.clvHistogram(facts));
        if (!facts.customers().tiers().isEmpty()) {
            blocks.add(new Block.Heading("Value tiers"));
            blocks.add(sections.groups("Tier", facts.customers().tiers(), facts, sections.topRows()));
        }
        blocks.add(new Block.Heading(facts.churn().unavailableReason() == null
                ? "Churn outlook, next " + facts.churn().horizonDays() + " days" : "Churn outlook"));
        blocks.add(churn(facts.churn()));
        blocks.add(new Block.Heading("Cohort retention"));
        ExecutiveSummary.addIfPresent(blocks, sections.retention(facts.cohorts()));
        blocks.add(cohorts(facts.cohorts()));
        return blocks;
    }

    private Block churn(ChurnOutlook outlook) {
        if (outlook.unavailableReason() != null) {
            return new Block.Paragraph("No churn outlook: " + outlook.unavailableReason());
        }
        List<List<String>> rows = outlook.rows().stream().map(r -> List.of(r.segment(), f.count(r.customers()),
                f.decimal(r.expectedAtRisk(), 1), f.count(r.likelyAtRisk()))).toList();
        return new Block.Table(List.of("Segment", "Customers", "Expected At Risk/Lost", "Likely (P ≥ "
                + f.decimal(outlook.threshold(), 2) + ")"), List.of(false, true, true, true), rows, null);
    }

    private Block.Table cohorts(CohortReport report) {
        List<CohortReport.Cohort> all = report.cohorts();
        int shown = Math.min(all.size(), sections.topRows());
        List<List<String>> rows = new ArrayList<>();
        for (CohortReport.Cohort c : all.subList(all.size() - shown, all.size())) {
            List<String> row = new ArrayList<>(List.of(c.month(), f.count(c.customers())));
            for (int m : MONTHS) {
                row.add(c.retention().size() > m ? f.percent(c.retention().get(m)) : "–");
            }
            row.add(f.cents(c.cumulativeRevenuePerCustomer().getLast()));
            rows.add(row);
        }
        return new Block.Table(List.of("Cohort", "Customers", "Month 1", "Month 3", "Month 6", "Month 12",
                "Revenue per customer"), List.of(false, true, true, true, true, true, true), rows,
                all.size() > shown ? "The latest " + shown + " of " + all.size() + " cohorts." : null);
    }
}
