package dev.clvops.ui.overview;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.kpi;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Business KPIs for an order-date range with revenue by channel, by category and per month. */
@Route(value = "overview", layout = MainLayout.class)
@PageTitle("Overview · clvops")
@Menu(order = 2, title = "Overview")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.LEADERSHIP})
public class OverviewView extends VerticalLayout {

    private final OverviewPresenter presenter;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Div content = new Div();

    public OverviewView(CustomerAnalyticsReader reader, ExecutiveFactsReader facts) {
        presenter = new OverviewPresenter(reader, facts);
        add(Blocks.title("Overview"), Blocks.help("Key figures of the orders up to the latest feature snapshot; pick "
                + "dates to look at one period (both days included, an empty date means no limit). Repeat rate is "
                + "the share of customers who ordered more than once in the period. Tenure is the average time "
                + "since a customer's first order. Average order value is revenue divided by orders."));
        if (!presenter.hasRun()) {
            add(Blocks.empty("No analytics yet — ingest orders on the Data tab, then build features and refresh "
                    + "analytics."));
            return;
        }
        add(createRange(), content);
        showRange();
    }

    private Component createRange() {
        from.setId("overview-from");
        to.setId("overview-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(change -> showRange());
        to.addValueChangeListener(change -> showRange());
        return new HorizontalLayout(from, to);
    }

    private void showRange() {
        OverviewPresenter.rangeProblem(from.getValue(), to.getValue()).ifPresentOrElse(
                problem -> Notification.show(problem, 5000, Notification.Position.MIDDLE), () -> {
                    KpiReport kpis = presenter.kpis(from.getValue(), to.getValue());
                    content.removeAll();
                    content.add(createCards(kpis), Blocks.row(createChannelChart(kpis), createCategoryChart(kpis)),
                            createTrendChart(kpis));
                });
    }

    private Component createCards(KpiReport kpis) {
        return Blocks.row(kpi("kpi-customers", "Customers", count(kpis.customers())),
                kpi("kpi-revenue", "Revenue", money(kpis.revenue())),
                kpi("kpi-orders", "Orders", count(kpis.orders())),
                kpi("kpi-aov", "Average order value", decimal(kpis.averageOrderValue())),
                kpi("kpi-repeat", "Repeat rate", percent(kpis.repeatRate())),
                kpi("kpi-tenure", "Average tenure", OverviewPresenter.tenure(kpis.averageTenureDays())),
                kpi("kpi-orders-per-customer", "Orders per customer", decimal(kpis.ordersPerCustomer())));
    }

    private Component createChannelChart(KpiReport kpis) {
        Map<String, Double> byChannel = OverviewPresenter.sorted(kpis.revenueByChannel());
        EChart chart = new EChart(480, 300);
        chart.setId("chart-channel");
        chart.setOption(ChartOptions.bars("Revenue by channel", byChannel.keySet().stream().toList(),
                byChannel.values().stream().toList()));
        return chart;
    }

    private Component createCategoryChart(KpiReport kpis) {
        EChart chart = new EChart(420, 300);
        chart.setId("chart-category");
        chart.setOption(ChartOptions.pie("Revenue by category", OverviewPresenter.sorted(kpis.revenueByCategory())));
        return chart;
    }

    private Component createTrendChart(KpiReport kpis) {
        EChart chart = new EChart(920, 300);
        chart.setId("chart-trend");
        chart.setOption(ChartOptions.line("Monthly revenue",
                kpis.monthlyRevenue().stream().map(KpiReport.MonthRevenue::month).toList(),
                kpis.monthlyRevenue().stream().map(KpiReport.MonthRevenue::revenue).toList()));
        return chart;
    }
}
