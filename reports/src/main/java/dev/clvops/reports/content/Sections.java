package dev.clvops.reports.content;

import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.reports.documents.Block;
import dev.clvops.reports.documents.ChartSpec;
import dev.clvops.reports.documents.Formats;
import dev.clvops.reports.facts.CustomerAggregates;
import dev.clvops.reports.facts.CustomerAggregates.Group;
import dev.clvops.reports.facts.ReportFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Blocks several reports share: headline tiles, predicted value, CLV histogram, group tables, retention. */
final class Sections {

    static final String BAND_NOTE = "The band adds up every customer's 10% and 90% CLV quantiles. Customers do not "
            + "all land at their low (or high) end together, so the true 80% band of the total is narrower: read "
            + "this one as a conservative range.";
    private final Formats f;
    private final int topRows;

    Sections(Formats formats, int topRows) {
        this.f = formats;
        this.topRows = topRows;
    }

    Block.Tiles tiles(ReportFacts facts, @Nullable Comparison comparison) {
        HeadlineKpis now = HeadlineKpis.of(facts);
        HeadlineKpis before = comparison == null ? null : comparison.previous();
        List<Block.Tile> tiles = new ArrayList<>();
        tiles.add(tile("Customers", f.count(now.customers()), before, HeadlineKpis::customers, now));
        tiles.add(tile("Revenue to date", f.money(now.revenue()), before, HeadlineKpis::revenue, now));
        tiles.add(tile("Orders", f.count(now.orders()), before, HeadlineKpis::orders, now));
        tiles.add(tile("Average order value", f.cents(now.averageOrderValue()), before,
                HeadlineKpis::averageOrderValue, now));
        tiles.add(tile("Repeat rate", f.percent(now.repeatRate()), before, HeadlineKpis::repeatRate, now));
        tiles.add(now.totalClv() == null ? new Block.Tile("Predicted CLV", "none yet", null)
                : tile("Predicted CLV (" + facts.model().horizonDays() + " days)", f.money(now.totalClv()), before,
                        h -> h.totalClv() == null ? 0 : h.totalClv(), now));
        return new Block.Tiles(tiles);
    }

    private Block.Tile tile(String label, String value, @Nullable HeadlineKpis before,
                            Function<HeadlineKpis, Number> figure, HeadlineKpis now) {
        return new Block.Tile(label, value, before == null ? null
                : f.change(figure.apply(now).doubleValue(), figure.apply(before).doubleValue()));
    }

    List<Block> predictedValue(ReportFacts facts) {
        CustomerAggregates c = facts.customers();
        if (c.totalClv() == null) {
            return List.of(new Block.Paragraph(facts.model().unavailableReason() == null ? "No predictions yet."
                    : facts.model().unavailableReason()));
        }
        String text = "Total predicted customer value over the next " + facts.model().horizonDays() + " days: "
                + f.money(c.totalClv()) + " across " + f.count(c.predicted()) + " customers";
        if (c.totalP10() == null || c.totalP90() == null) {
            return List.of(new Block.Paragraph(text + ". The model (" + facts.model().label()
                    + ") gives no interval."));
        }
        return List.of(new Block.Paragraph(text + " (80% band " + f.money(c.totalP10()) + " – "
                + f.money(c.totalP90()) + ")."), new Block.Note(BAND_NOTE));
    }

    Block.@Nullable Chart clvHistogram(ReportFacts facts) {
        List<CustomerAggregates.Bin> bins = facts.customers().clvHistogram();
        if (bins.isEmpty()) {
            return null;
        }
        List<String> labels = bins.stream().map(b -> b.to() == null ? "≥ " + f.money(b.from())
                : f.money(b.from()) + "–" + f.money(b.to())).toList();
        List<Double> counts = bins.stream().map(b -> (double) b.customers()).toList();
        return new Block.Chart(new ChartSpec("Customers by predicted CLV", ChartSpec.Type.BAR, "Predicted CLV",
                "Customers", false, labels, List.of(new ChartSpec.Series("Customers", counts))));
    }

    /** Name, customers, share of customers, share of revenue, predicted CLV and its share; top rows only. */
    Block.Table groups(String name, List<Group> groups, ReportFacts facts, int rows) {
        CustomerAggregates c = facts.customers();
        boolean clv = c.totalClv() != null;
        List<String> header = new ArrayList<>(List.of(name, "Customers", "Share of customers", "Revenue share"));
        if (clv) {
            header.addAll(List.of("Predicted CLV", "Share of predicted CLV"));
        }
        List<List<String>> body = groups.stream().limit(rows).map(g -> {
            List<String> row = new ArrayList<>(List.of(g.name(), f.count(g.customers()),
                    f.percent(share(g.customers(), (double) c.customers())), f.percent(share(g.spend(), c.totalSpend()))));
            if (clv) {
                double value = g.clv() == null ? 0 : g.clv();
                row.addAll(List.of(f.money(value), f.percent(share(value, c.totalClv()))));
            }
            return row;
        }).toList();
        List<Boolean> numeric = header.stream().map(h -> !h.equals(name)).toList();
        return new Block.Table(header, numeric, body, cutNote(groups.size(), rows, name.toLowerCase()));
    }

    @Nullable String cutNote(int all, int shown, String what) {
        return all > shown ? "Top " + shown + " of " + all + " " + what + "s shown; the rest hold the remainder."
                : null;
    }

    int topRows() {
        return topRows;
    }

    /**
     * Month-1 and month-3 retention of the latest cohorts whose month 3 is complete (the cutoff month is partial,
     * so a cohort needs one month more than that).
     */
    Block.@Nullable Chart retention(CohortReport cohorts) {
        List<CohortReport.Cohort> shown = retentionCohorts(cohorts);
        if (shown.isEmpty()) {
            return null;
        }
        return new Block.Chart(new ChartSpec("Cohort retention by acquisition month", ChartSpec.Type.LINE,
                "Acquisition month", "Customers ordering again", true,
                shown.stream().map(CohortReport.Cohort::month).toList(),
                List.of(new ChartSpec.Series("Month 1", shown.stream().map(c -> c.retention().get(1)).toList()),
                        new ChartSpec.Series("Month 3", shown.stream().map(c -> c.retention().get(3)).toList()))));
    }

    /** The latest 18 cohorts whose month 3 is complete, oldest first (see {@link #retention}). */
    static List<CohortReport.Cohort> retentionCohorts(CohortReport cohorts) {
        List<CohortReport.Cohort> old = cohorts.cohorts().stream().filter(c -> c.retention().size() > 4).toList();
        return old.subList(Math.max(0, old.size() - 18), old.size());
    }

    static double share(double part, @Nullable Double whole) {
        return whole == null || whole == 0 ? 0 : part / whole;
    }
}
