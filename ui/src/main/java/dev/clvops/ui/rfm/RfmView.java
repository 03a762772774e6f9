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
import dev.clvops.platform.analytics.ClusterReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFM segments with their size and value, personas, and the k-means clusters with their centroids. */
@Route(value = "rfm", layout = MainLayout.class)
@PageTitle("RFM segmentation · clvops")
@Menu(order = 4, title = "RFM segmentation")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class RfmView extends VerticalLayout {

    public RfmView(CustomerAnalyticsReader reader) {
        add(Blocks.title("RFM segmentation"), Blocks.help("Customers scored 1-5 on recency, frequency and "
                + "monetary value (quintiles) and named by rule (Champions, Loyal, At Risk, Lost...). Personas "
                + "describe buying behaviour; k-means clusters group customers on log-scaled RFM features, with k "
                + "chosen by the silhouette score."));
        new RfmPresenter(reader).segmentation().ifPresentOrElse(this::show, () -> add(Blocks.empty(
                "No analytics yet — ingest orders on the Data tab, then build features and refresh analytics.")));
    }

    private void show(RfmPresenter.Segmentation segmentation) {
        add(Blocks.row(createSegmentChart(segmentation.segments()), createPersonaChart(segmentation.personas())),
                new H3("Segments"), createSegmentGrid("segments", segmentation.segments()),
                new H3("Clusters (k = " + segmentation.clusters().chosenK() + ")"),
                createClusterGrid(segmentation.clusters()));
    }

    private Component createSegmentChart(List<SegmentSummary> segments) {
        EChart chart = new EChart(560, 320);
        chart.setId("chart-rfm-segments");
        chart.setOption(ChartOptions.bars("Customers per segment", segments.stream().map(SegmentSummary::name)
                .toList(), segments.stream().map(SegmentSummary::customers).toList()));
        return chart;
    }

    private Component createPersonaChart(List<SegmentSummary> personas) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        personas.forEach(persona -> sizes.put(persona.name(), persona.customers()));
        EChart chart = new EChart(420, 320);
        chart.setId("chart-personas");
        chart.setOption(ChartOptions.pie("Personas", sizes));
        return chart;
    }

    private Grid<SegmentSummary> createSegmentGrid(String id, List<SegmentSummary> rows) {
        Grid<SegmentSummary> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(SegmentSummary::name).setHeader("Segment");
        grid.addColumn(row -> count(row.customers())).setHeader("Customers");
        grid.addColumn(row -> percent(row.share())).setHeader("Share");
        grid.addColumn(row -> row.totalClv() == null ? "No model yet" : money(row.totalClv())).setHeader("Total CLV");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<ClusterReport.Cluster> createClusterGrid(ClusterReport report) {
        Grid<ClusterReport.Cluster> grid = new Grid<>();
        grid.setId("clusters");
        grid.addColumn(ClusterReport.Cluster::id).setHeader("Cluster");
        grid.addColumn(ClusterReport.Cluster::label).setHeader("Label");
        grid.addColumn(row -> count(row.customers())).setHeader("Customers");
        grid.addColumn(row -> decimal(row.meanDaysSinceLast())).setHeader("Days since last order");
        grid.addColumn(row -> decimal(row.meanOrders())).setHeader("Orders");
        grid.addColumn(row -> money(row.meanSpend())).setHeader("Spend");
        grid.setItems(report.clusters());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
