package dev.clvops.ui.summary;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.kpi;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.ChurnOutlook;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/** The landing tab: headline KPIs, how concentrated predicted value is, the segment mix and who may churn. */
@Route(value = "summary", layout = MainLayout.class)
@PageTitle("Executive summary · clvops")
@Menu(order = 1, title = "Executive summary")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.LEADERSHIP})
public class SummaryView extends VerticalLayout {

    public SummaryView(CustomerAnalyticsReader reader) {
        add(Blocks.title("Executive summary"), Blocks.help("The one-page view for leadership: active customers, "
                + "revenue, repeat rate, how much predicted value the top 10% of customers hold, the RFM segment "
                + "mix and how many customers are expected to slip into At Risk or Lost within the model horizon."));
        new SummaryPresenter(reader).summary().ifPresentOrElse(this::show, () -> add(Blocks.empty(
                "No analytics yet — ingest orders on the Data tab, then build features and refresh analytics.")));
    }

    private void show(SummaryPresenter.Summary summary) {
        add(new Paragraph("Analytics run " + summary.run().runId() + " of " + count(summary.run().customers())
                + " customers, " + summary.run().createdAt().toString().substring(0, 16).replace('T', ' ')
                + " UTC."));
        add(createCards(summary.kpis()), Blocks.row(createSegmentChart(summary), createChurn(summary.churn())));
    }

    private Component createCards(KpiReport kpis) {
        KpiReport.TopCustomers top = kpis.topDecile();
        return Blocks.row(kpi("summary-customers", "Customers", count(kpis.customers())),
                kpi("summary-revenue", "Revenue", money(kpis.revenue())),
                kpi("summary-repeat", "Repeat rate", percent(kpis.repeatRate())),
                kpi("summary-top-decile", "Top 10% share of predicted CLV",
                        top == null ? "No model yet" : percent(top.predictedShare())));
    }

    private Component createSegmentChart(SummaryPresenter.Summary summary) {
        Map<String, Long> customers = new LinkedHashMap<>();
        summary.segments().forEach(segment -> customers.put(segment.name(), segment.customers()));
        EChart chart = new EChart(460, 320);
        chart.setId("chart-segments");
        chart.setOption(ChartOptions.pie("Customers by RFM segment", customers));
        return chart;
    }

    private Component createChurn(ChurnOutlook churn) {
        if (churn.unavailableReason() != null) {
            return Blocks.empty("No churn outlook yet — run training and scoring (" + churn.unavailableReason()
                    + ").");
        }
        Grid<ChurnOutlook.Row> grid = new Grid<>();
        grid.addColumn(ChurnOutlook.Row::segment).setHeader("Segment");
        grid.addColumn(row -> count(row.customers())).setHeader("Customers");
        grid.addColumn(row -> String.format("%.1f", row.expectedAtRisk())).setHeader("Expected at risk");
        grid.addColumn(row -> count(row.likelyAtRisk())).setHeader("Likely at risk");
        grid.setItems(churn.rows());
        grid.setWidth("520px");
        grid.setAllRowsVisible(true);
        return grid;
    }
}
