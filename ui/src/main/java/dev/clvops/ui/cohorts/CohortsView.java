package dev.clvops.ui.cohorts;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Acquisition cohorts: retention by months since the first order, revenue per customer and the forecast. */
@Route(value = "cohorts", layout = MainLayout.class)
@PageTitle("Cohorts · clvops")
@Menu(order = 5, title = "Cohorts")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.LEADERSHIP})
public class CohortsView extends VerticalLayout {

    public CohortsView(CustomerAnalyticsReader reader) {
        add(Blocks.title("Cohorts"), Blocks.help("Customers grouped by the month of their first order. Each heatmap "
                + "cell is the share of a cohort that ordered again k months later (M0 is the acquisition month). "
                + "The table adds cumulative revenue per customer and, with a model, the revenue each cohort is "
                + "predicted to bring in the coming months."));
        new CohortsPresenter(reader).cohorts().filter(report -> !report.cohorts().isEmpty())
                .ifPresentOrElse(this::show, () -> add(Blocks.empty("No cohorts yet — ingest orders on the Data "
                        + "tab, then build features and refresh analytics.")));
    }

    private void show(CohortReport report) {
        add(createHeatmap(report), createGrid(report));
    }

    private Component createHeatmap(CohortReport report) {
        EChart chart = new EChart(920, 80 + 26 * report.cohorts().size());
        chart.setId("chart-retention");
        chart.setOption(ChartOptions.heatmap("Retention by months since acquisition",
                report.cohorts().stream().map(CohortReport.Cohort::month).toList(),
                CohortsPresenter.monthLabels(report), CohortsPresenter.retentionCells(report)));
        return chart;
    }

    private Grid<CohortReport.Cohort> createGrid(CohortReport report) {
        Grid<CohortReport.Cohort> grid = new Grid<>();
        grid.setId("cohorts");
        grid.addColumn(CohortReport.Cohort::month).setHeader("Cohort");
        grid.addColumn(cohort -> count(cohort.customers())).setHeader("Customers");
        grid.addColumn(cohort -> cohort.retention().size() > 1 ? percent(cohort.retention().get(1)) : "–")
                .setHeader("Month-1 retention");
        grid.addColumn(cohort -> money(cohort.cumulativeRevenuePerCustomer().getLast()))
                .setHeader("Revenue per customer");
        grid.addColumn(cohort -> cohort.predictedRevenue() == null ? "No model yet"
                : money(cohort.predictedRevenue())).setHeader("Predicted revenue (" + report.forecastMonths() + " m)");
        grid.setItems(report.cohorts());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
