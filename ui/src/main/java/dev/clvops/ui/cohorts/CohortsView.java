package dev.clvops.ui.cohorts;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.chart.LineSeries;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Acquisition cohorts: retention heatmap, sizes, revenue, decay curves and the per-cohort table with forecast. */
@Route(value = "cohorts", layout = MainLayout.class)
@PageTitle("Cohorts · clvops")
@Menu(order = 5, title = "Cohorts")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.LEADERSHIP})
public class CohortsView extends VerticalLayout {

    public CohortsView(CustomerAnalyticsReader reader) {
        add(Blocks.title("Cohorts"), Blocks.help("A cohort is the group of customers whose first order fell in the "
                + "same month. Retention is the share of a cohort that ordered again k months later (M0 is the "
                + "acquisition month, so it is always 100%). The heatmap shows every cohort and month; the decay "
                + "curves show how retention fades for the cohorts you pick. The table adds revenue per customer "
                + "and, with a model, the revenue each cohort is predicted to bring in the coming months."));
        new CohortsPresenter(reader).cohorts().filter(report -> !report.cohorts().isEmpty())
                .ifPresentOrElse(this::show, () -> add(Blocks.empty("No cohorts yet — ingest orders on the Data "
                        + "tab, then build features and refresh analytics.")));
    }

    private void show(CohortReport report) {
        add(createHeatmap(report), Blocks.row(createSizes(report), createRevenue(report)), createDecay(report),
                createGrid(report));
    }

    private Component createHeatmap(CohortReport report) {
        EChart chart = new EChart(1000, 80 + 26 * report.cohorts().size());
        chart.setId("chart-retention");
        chart.setOption(ChartOptions.heatmap("Retention by months since acquisition",
                months(report), CohortsPresenter.monthLabels(report), CohortsPresenter.retentionCells(report)));
        return chart;
    }

    private Component createSizes(CohortReport report) {
        EChart chart = new EChart(490, 300);
        chart.setId("chart-cohort-sizes");
        chart.setOption(ChartOptions.bars("Customers acquired per month", months(report),
                report.cohorts().stream().map(CohortReport.Cohort::customers).toList()));
        return chart;
    }

    private Component createRevenue(CohortReport report) {
        EChart chart = new EChart(490, 300);
        chart.setId("chart-cohort-revenue");
        chart.setOption(ChartOptions.bars("Revenue to date per cohort month", months(report),
                report.cohorts().stream().map(c -> Math.round(CohortsPresenter.revenueToDate(c))).toList()));
        return chart;
    }

    private Component createDecay(CohortReport report) {
        EChart chart = new EChart(1000, 340);
        chart.setId("chart-decay");
        MultiSelectComboBox<String> chosen = new MultiSelectComboBox<>("Decay curves of", months(report));
        chosen.setId("decay-cohorts");
        chosen.setWidth("1000px");
        chosen.addValueChangeListener(change -> drawDecay(chart, report, change.getValue()));
        chosen.setValue(CohortsPresenter.defaultCurves(report));
        return new VerticalLayout(chosen, chart);
    }

    private static void drawDecay(EChart chart, CohortReport report, Set<String> chosen) {
        Map<String, List<Double>> curves = CohortsPresenter.decayCurves(report, chosen);
        chart.setOption(LineSeries.shares("Retention by months since acquisition (decay curves)",
                CohortsPresenter.curveLabels(curves), curves));
    }

    private Grid<CohortReport.Cohort> createGrid(CohortReport report) {
        Grid<CohortReport.Cohort> grid = new Grid<>();
        grid.setId("cohorts");
        grid.addColumn(CohortReport.Cohort::month).setHeader("Cohort");
        grid.addColumn(cohort -> count(cohort.customers())).setHeader("Customers");
        grid.addColumn(cohort -> cohort.retention().size() > 1 ? percent(cohort.retention().get(1)) : "–")
                .setHeader("Month-1 retention");
        grid.addColumn(cohort -> money(CohortsPresenter.revenueToDate(cohort))).setHeader("Revenue to date");
        grid.addColumn(cohort -> money(cohort.cumulativeRevenuePerCustomer().getLast()))
                .setHeader("Revenue per customer");
        grid.addColumn(cohort -> cohort.predictedRevenue() == null ? "No model yet"
                : money(cohort.predictedRevenue())).setHeader("Predicted revenue (" + report.forecastMonths() + " m)");
        grid.setItems(report.cohorts());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static List<String> months(CohortReport report) {
        return report.cohorts().stream().map(CohortReport.Cohort::month).toList();
    }
}
