package dev.clvops.ui.rfm;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.clvops.platform.analytics.ClusterReport;
import dev.clvops.platform.analytics.SegmentationDetails;
import dev.clvops.platform.analytics.SegmentationDetails.ClusteringMethod;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.chart.Scatter3d;
import dev.clvops.ui.shell.Blocks;
import java.util.List;
import java.util.Locale;

/** The clustering section: method selector with its k, silhouette and sizes, elbow and silhouette, PCA and 3-D. */
class ClusteringPanel extends VerticalLayout {

    private static final List<String> RFM_AXES = List.of("Recency", "Frequency", "Monetary");

    private final SegmentationDetails details;
    private final Div summary = new Div();
    private final EChart sizes = chart("chart-cluster-sizes", 460, 300);
    private final EChart pca = chart("chart-pca", 560, 420);
    private final Scatter3d rfm3d = new Scatter3d(560, 420);

    ClusteringPanel(SegmentationDetails details, ClusterReport report) {
        this.details = details;
        setPadding(false);
        rfm3d.setId("chart-rfm-3d");
        add(new H3("Clusters"), createSelector(), summary, Blocks.row(elbow(report), silhouette(report), sizes),
                Blocks.row(pca, rfm3d), new H3("k-means clusters (k = " + report.chosenK() + ")"),
                createClusterGrid(report));
        show("kmeans");
    }

    private Component createSelector() {
        Select<String> method = new Select<>();
        method.setId("cluster-method");
        method.setLabel("Clustering method");
        method.setItems(RfmPresenter.METHOD_ORDER);
        method.setItemLabelGenerator(RfmPresenter.METHODS::get);
        method.setValue("kmeans");
        method.addValueChangeListener(event -> show(event.getValue()));
        return method;
    }

    private void show(String method) {
        ClusteringMethod result = RfmPresenter.method(details, method);
        String label = RfmPresenter.METHODS.get(method);
        summary.removeAll();
        summary.add(Blocks.row(Blocks.kpi("method-clusters", "Clusters (k)", Integer.toString(result.clusters())),
                Blocks.kpi("method-silhouette", "Mean silhouette", silhouette(result.silhouette())),
                Blocks.kpi("method-noise", "Noise", percent(result.noiseShare()))));
        sizes.setOption(RfmCharts.sizes(result, label));
        pca.setOption(RfmCharts.pca(details.sample(), method, label));
        rfm3d.setPoints("RFM in 3-D (log scale, drag to rotate): " + label, RFM_AXES,
                RfmCharts.rfm3d(details.sample(), method));
    }

    /** The silhouette as shown, e.g. "0.412". */
    static String silhouette(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    private static EChart elbow(ClusterReport report) {
        EChart chart = chart("chart-elbow", 420, 300);
        chart.setOption(RfmCharts.elbow(report.curve(), report.chosenK()));
        return chart;
    }

    private static EChart silhouette(ClusterReport report) {
        EChart chart = chart("chart-silhouette", 420, 300);
        chart.setOption(RfmCharts.silhouette(report.curve(), report.chosenK()));
        return chart;
    }

    private static EChart chart(String id, int width, int height) {
        EChart chart = new EChart(width, height);
        chart.setId(id);
        return chart;
    }

    private static Grid<ClusterReport.Cluster> createClusterGrid(ClusterReport report) {
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
