package dev.clvops.ui.rfm;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.platform.analytics.SegmentationDetails.SegmentProfile;
import dev.clvops.platform.analytics.SegmentationReader;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFM scores and segments, personas, the three clusterings with PCA and 3-D views, and segment movement. */
@Route(value = "rfm", layout = MainLayout.class)
@PageTitle("RFM segmentation · clvops")
@Menu(order = 4, title = "RFM segmentation")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class RfmView extends VerticalLayout {

    static final String HELP = "RFM scores every customer 1-5 on Recency (how recently they bought), Frequency (how "
            + "often) and Monetary value (how much), by quintile, and names segments by rule (Champions, Loyal, At "
            + "Risk, Lost...). The bubble chart places each segment by its average orders and spend; bigger bubbles "
            + "hold more predicted value. Clusters group similar customers without rules: k-means (round groups "
            + "around centres), DBSCAN (dense regions; isolated customers are noise) and hierarchical Ward (merges "
            + "the closest groups step by step). The elbow chart shows how much tighter the groups get with each "
            + "extra cluster; the silhouette (-1..1) says how clearly customers sit in their own cluster rather than "
            + "the next one, and the k with the highest silhouette is chosen. PCA squeezes the features into two "
            + "axes that keep most of their spread so the clusters can be drawn; the 3-D view shows recency, "
            + "frequency and spend directly (drag it to turn it). Charts use a random sample of 2,000 customers; "
            + "counts are over everyone. Segment movement counts how many customers moved from each segment to "
            + "each other between two runs, or since a segmentation you upload (CSV: customer_id,segment).";

    public RfmView(CustomerAnalyticsReader reader, SegmentationReader segmentation) {
        add(Blocks.title("RFM segmentation"), Blocks.help(HELP));
        RfmPresenter presenter = new RfmPresenter(reader, segmentation);
        presenter.segmentation().ifPresentOrElse(s -> show(presenter, s), () -> add(Blocks.empty(
                "No analytics yet — ingest orders on the Data tab, then build features and refresh analytics.")));
    }

    private void show(RfmPresenter presenter, RfmPresenter.Segmentation s) {
        List<SegmentProfile> segments = s.details().segments();
        add(Blocks.row(Blocks.kpi("rfm-customers", "Customers", count(s.run().customers())),
                        Blocks.kpi("rfm-segments", "Segments", Integer.toString(segments.size()))),
                Blocks.row(createSegmentChart(segments), createBubbleChart(segments),
                        createPersonaChart(s.details().personas())),
                new H3("Segments"), createSegmentGrid(segments),
                new ClusteringPanel(s.details(), s.clusters()), new MovementPanel(presenter, s.runs()));
    }

    private static Component createSegmentChart(List<SegmentProfile> segments) {
        EChart chart = new EChart(520, 340);
        chart.setId("chart-rfm-segments");
        chart.setOption(ChartOptions.bars("Customers per segment", segments.stream().map(SegmentProfile::segment)
                .toList(), segments.stream().map(SegmentProfile::customers).toList()));
        return chart;
    }

    private static Component createBubbleChart(List<SegmentProfile> segments) {
        EChart chart = new EChart(560, 380);
        chart.setId("chart-rfm-bubbles");
        chart.setOption(RfmCharts.bubbles(segments));
        return chart;
    }

    private static Component createPersonaChart(List<SegmentSummary> personas) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        personas.forEach(persona -> sizes.put(persona.name(), persona.customers()));
        EChart chart = new EChart(420, 340);
        chart.setId("chart-personas");
        chart.setOption(ChartOptions.pie("Personas", sizes));
        return chart;
    }

    private static Grid<SegmentProfile> createSegmentGrid(List<SegmentProfile> rows) {
        Grid<SegmentProfile> grid = new Grid<>();
        grid.setId("segments");
        grid.addColumn(SegmentProfile::segment).setHeader("Segment").setAutoWidth(true);
        grid.addColumn(row -> count(row.customers())).setHeader("Customers");
        grid.addColumn(row -> percent(row.share())).setHeader("Share");
        grid.addColumn(row -> decimal(row.meanR()) + " / " + decimal(row.meanF()) + " / " + decimal(row.meanM()))
                .setHeader("Mean R / F / M score").setAutoWidth(true);
        grid.addColumn(row -> decimal(row.meanOrders())).setHeader("Mean orders");
        grid.addColumn(row -> money(row.meanSpend())).setHeader("Mean spend");
        grid.addColumn(row -> row.totalClv() == null ? "No model yet" : money(row.totalClv())).setHeader("Total CLV");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
