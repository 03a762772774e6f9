package dev.clvops.reports.content;

import dev.clvops.platform.analytics.PlaybookReport;
import dev.clvops.reports.documents.Block;
import dev.clvops.reports.documents.ChartSpec;
import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.facts.CustomerAggregates;
import dev.clvops.reports.facts.CustomerAggregates.Group;
import dev.clvops.reports.facts.ReportFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The RFM segment report and the persona insights: sizes, value shares and what to do. */
final class GroupReports {

    private final Formats f;
    private final Sections sections;

    GroupReports(Formats formats, Sections sections) {
        this.f = formats;
        this.sections = sections;
    }

    List<Block> segments(ReportFacts facts) {
        List<Block> blocks = group("Segment", facts.customers().segments(), facts);
        PlaybookReport playbook = facts.playbook();
        blocks.add(new Block.Heading("Retention playbook"));
        if (playbook.unavailableReason() != null) {
            blocks.add(new Block.Paragraph("No playbook: " + playbook.unavailableReason()));
            return blocks;
        }
        List<PlaybookReport.Cell> cells = playbook.cells().stream()
                .sorted(Comparator.comparingDouble(PlaybookReport.Cell::roi).reversed()).toList();
        List<List<String>> rows = cells.stream().limit(sections.topRows()).map(c -> List.of(c.tier() + " · "
                + c.segment(), c.action(), f.count(c.customers()), f.money(c.clvAtStake()), f.money(c.cost()),
                f.percent(c.roi()))).toList();
        blocks.add(new Block.Table(List.of("Tier · segment", "Action", "Customers", "CLV at stake", "Cost", "ROI"),
                List.of(false, false, true, true, true, true), rows, sections.cutNote(cells.size(),
                sections.topRows(), "cell")));
        return blocks;
    }

    List<Block> personas(ReportFacts facts) {
        List<Block> blocks = group("Persona", facts.customers().personas(), facts);
        blocks.add(new Block.Heading("Per customer"));
        blocks.add(new Block.Bullets(facts.customers().personas().stream().map(g -> g.name() + ": "
                + f.cents(g.spend() / Math.max(1, g.customers())) + " spent per customer so far"
                + (g.clv() == null ? "" : ", " + f.cents(g.clv() / Math.max(1, g.customers())) + " predicted")
                + ".").toList()));
        return blocks;
    }

    private List<Block> group(String name, List<Group> groups, ReportFacts facts) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(name + "s"));
        blocks.add(sections.groups(name, groups, facts, sections.topRows()));
        blocks.add(shares(name, groups, facts.customers()));
        return blocks;
    }

    private Block.Chart shares(String name, List<Group> groups, CustomerAggregates c) {
        List<Group> shown = groups.stream().limit(sections.topRows()).toList();
        List<ChartSpec.Series> series = new ArrayList<>();
        series.add(new ChartSpec.Series("Customers", shown.stream()
                .map(g -> Sections.share(g.customers(), (double) c.customers())).toList()));
        series.add(new ChartSpec.Series("Revenue", shown.stream()
                .map(g -> Sections.share(g.spend(), c.totalSpend())).toList()));
        if (c.totalClv() != null) {
            series.add(new ChartSpec.Series("Predicted CLV", shown.stream()
                    .map(g -> Sections.share(g.clv() == null ? 0 : g.clv(), c.totalClv())).toList()));
        }
        return new Block.Chart(new ChartSpec("Share of customers and value by " + name.toLowerCase(),
                ChartSpec.Type.BAR, name, "Share", true, shown.stream().map(Group::name).toList(), series));
    }
}
