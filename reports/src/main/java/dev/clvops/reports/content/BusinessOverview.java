package dev.clvops.reports.content;

import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.reports.documents.Block;
import dev.clvops.reports.documents.ChartSpec;
import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.facts.ReportFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** KPIs, monthly revenue, revenue by channel and category, and the top decile. */
final class BusinessOverview {

    private static final int MONTHS = 24;
    private final Formats f;
    private final Sections sections;

    BusinessOverview(Formats formats, Sections sections) {
        this.f = formats;
        this.sections = sections;
    }

    List<Block> blocks(ReportFacts facts, @Nullable Comparison comparison) {
        KpiReport k = facts.kpis();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading("Key figures"));
        blocks.add(sections.tiles(facts, comparison));
        blocks.add(new Block.Paragraph(f.decimal(k.ordersPerCustomer(), 2) + " orders per customer; customers have"
                + " been with us " + f.count(Math.round(k.averageTenureDays())) + " days on average."));
        List<KpiReport.MonthRevenue> months = k.monthlyRevenue()
                .subList(Math.max(0, k.monthlyRevenue().size() - MONTHS), k.monthlyRevenue().size());
        if (!months.isEmpty()) {
            blocks.add(new Block.Chart(new ChartSpec("Monthly revenue", ChartSpec.Type.BAR, "Month", "Revenue",
                    false, months.stream().map(KpiReport.MonthRevenue::month).toList(), List.of(
                    new ChartSpec.Series("Revenue", months.stream().map(KpiReport.MonthRevenue::revenue).toList())))));
        }
        blocks.add(new Block.Heading("Revenue by channel"));
        blocks.add(breakdown("Channel", k.revenueByChannel(), k.revenue()));
        blocks.add(new Block.Heading("Revenue by category"));
        blocks.add(breakdown("Category", k.revenueByCategory(), k.revenue()));
        if (k.topDecile() != null) {
            KpiReport.TopCustomers top = k.topDecile();
            blocks.add(new Block.Heading("Top 10% of customers"));
            blocks.add(new Block.Paragraph(f.count(top.customers()) + " customers hold " + f.percent(top.predictedShare())
                    + " of predicted value (" + f.money(top.predictedClv()) + ") and brought "
                    + f.percent(top.revenueShare()) + " of revenue (" + f.money(top.revenue()) + ")."));
        }
        return blocks;
    }

    private Block.Table breakdown(String name, Map<String, Double> revenue, double total) {
        List<Map.Entry<String, Double>> sorted = revenue.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        List<List<String>> rows = sorted.stream().limit(sections.topRows()).map(e -> List.of(e.getKey(),
                f.money(e.getValue()), f.percent(Sections.share(e.getValue(), total)))).toList();
        return new Block.Table(List.of(name, "Revenue", "Share"), List.of(false, true, true), rows,
                sections.cutNote(sorted.size(), sections.topRows(), name.toLowerCase()));
    }
}
