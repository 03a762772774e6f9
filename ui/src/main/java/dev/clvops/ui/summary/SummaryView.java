package dev.clvops.ui.summary;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.kpi;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.ExecutiveFacts;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.chart.LineSeries;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** The landing tab: the executive PDF's numbers — KPIs, predicted value, top groups, retention, churn, model. */
@Route(value = "summary", layout = MainLayout.class)
@PageTitle("Executive summary · clvops")
@Menu(order = 1, title = "Executive summary")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.LEADERSHIP})
public class SummaryView extends VerticalLayout {

    public SummaryView(ExecutiveFactsReader reader) {
        add(Blocks.title("Executive summary"), Blocks.help("The executive PDF on one screen, with the same numbers. "
                + "CLV (customer lifetime value) is the revenue a customer is predicted to bring over the model's "
                + "horizon. The P10–P90 band adds up each customer's low (10% chance of less) and high (10% chance "
                + "of more) estimate. Repeat rate is the share of customers who ordered more than once; retention "
                + "is the share of a cohort (customers who first ordered in the same month) ordering again 1 and 3 "
                + "months later. P(alive) is the chance a customer is still active; below 0.3 counts as dormant."));
        new SummaryPresenter(reader).facts().ifPresentOrElse(this::show, () -> add(Blocks.empty(
                "No analytics yet — ingest orders on the Data tab, then build features and refresh analytics.")));
    }

    private void show(ExecutiveFacts facts) {
        add(new Paragraph("Analytics run " + facts.runId() + ", orders up to "
                + (facts.dataUpTo() == null ? "(none)" : facts.dataUpTo()) + "."));
        add(createHeadline(facts.kpis()), new H3("Predicted customer value"), createValue(facts),
                Blocks.row(createGroups("summary-segments", "Segment", facts.topSegments()),
                        createGroups("summary-personas", "Persona", facts.topPersonas())),
                createRetention(facts.retentionTrend()), new H3("Churn indicators"), createChurn(facts.churn()),
                new H3("Model health"), createModel(facts.model()), new H3("Recommendations"),
                createRecommendations(facts.recommendations()));
    }

    private Component createHeadline(KpiReport kpis) {
        KpiReport.TopCustomers top = kpis.topDecile();
        return Blocks.row(kpi("summary-customers", "Customers", count(kpis.customers())),
                kpi("summary-revenue", "Revenue to date", money(kpis.revenue())),
                kpi("summary-orders", "Orders", count(kpis.orders())),
                kpi("summary-aov", "Average order value", decimal(kpis.averageOrderValue())),
                kpi("summary-repeat", "Repeat rate", percent(kpis.repeatRate())),
                kpi("summary-top-decile", "Top 10% share of predicted CLV",
                        top == null ? "No model yet" : percent(top.predictedShare())));
    }

    private Component createValue(ExecutiveFacts facts) {
        ExecutiveFacts.PredictedValue value = facts.value();
        if (value.total() == null) {
            return Blocks.empty(facts.model().note() == null ? "No predictions yet." : facts.model().note());
        }
        return Blocks.row(kpi("summary-clv", "Total predicted CLV (" + value.horizonDays() + " days)",
                        money(value.total())),
                kpi("summary-clv-band", "P10–P90 band", SummaryPresenter.band(value).orElse("no interval")),
                kpi("summary-clv-customers", "Customers scored", count(value.customers())));
    }

    private Component createGroups(String id, String name, List<ExecutiveFacts.Group> groups) {
        Grid<ExecutiveFacts.Group> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(ExecutiveFacts.Group::name).setHeader("Top " + name.toLowerCase() + "s").setAutoWidth(true);
        grid.addColumn(g -> count(g.customers())).setHeader("Customers").setAutoWidth(true);
        grid.addColumn(g -> percent(g.revenueShare())).setHeader("Revenue share").setAutoWidth(true);
        grid.addColumn(g -> g.clvShare() == null ? "–" : percent(g.clvShare())).setHeader("Share of predicted CLV")
                .setAutoWidth(true);
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        grid.setWidth("600px");
        return grid;
    }

    private Component createRetention(List<ExecutiveFacts.RetentionPoint> trend) {
        if (trend.isEmpty()) {
            return Blocks.empty("No retention trend yet: it needs cohorts with three complete months.");
        }
        EChart chart = new EChart(920, 300);
        chart.setId("chart-retention-trend");
        chart.setOption(LineSeries.shares("Cohort retention by acquisition month",
                trend.stream().map(ExecutiveFacts.RetentionPoint::cohort).toList(),
                SummaryPresenter.retentionLines(trend)));
        return chart;
    }

    private Component createChurn(ExecutiveFacts.Churn churn) {
        return Blocks.row(kpi("summary-low-alive", "Low P(alive) (< 0.3)", churn.withPAlive() == 0 ? "not estimated"
                        : percent(churn.lowAliveShare()) + " (" + count(churn.lowAlive()) + ")"),
                kpi("summary-overdue", "Overdue customers", count(churn.overdue())),
                kpi("summary-at-risk", "Expected to become At Risk or Lost (" + churn.horizonDays() + " days)",
                        churn.expectedAtRisk() == null ? "no forecast" : count(Math.round(churn.expectedAtRisk()))));
    }

    private Component createModel(ExecutiveFacts.ModelHealth model) {
        Component cards = Blocks.row(kpi("summary-model", "Model in use", SummaryPresenter.model(model)),
                kpi("summary-champion", "Champion", SummaryPresenter.champion(model)),
                kpi("summary-drift", "Latest drift check", model.drift()));
        Grid<Map.Entry<String, String>> holdout = new Grid<>();
        holdout.setId("summary-holdout");
        holdout.addColumn(Map.Entry::getKey).setHeader("Holdout metric");
        holdout.addColumn(Map.Entry::getValue).setHeader("Value");
        holdout.setItems(SummaryPresenter.holdout(model));
        holdout.setAllRowsVisible(true);
        holdout.setWidth("420px");
        VerticalLayout health = new VerticalLayout(cards, holdout);
        health.setPadding(false);
        if (model.note() != null) {
            health.add(new Paragraph(model.note()));
        }
        return health;
    }

    private Component createRecommendations(List<String> recommendations) {
        UnorderedList list = new UnorderedList(recommendations.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId("summary-recommendations");
        return list;
    }
}
