package dev.clvops.ui.clv;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.kpi;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.clvops.platform.analytics.ClvDistribution;
import dev.clvops.platform.analytics.ClvDistributionReader;
import dev.clvops.platform.analytics.CohortReport;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.PredictedCustomer;
import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Predicted CLV: its distribution, tiers, the cohort forecast and the customers by predicted CLV, paged. */
@Route(value = "clv", layout = MainLayout.class)
@PageTitle("CLV prediction · clvops")
@Menu(order = 3, title = "CLV prediction")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.LEADERSHIP})
public class ClvView extends VerticalLayout {

    private final ClvPresenter presenter;
    private final Select<Integer> top = new Select<>();

    public ClvView(CustomerAnalyticsReader reader, ClvDistributionReader clv) {
        presenter = new ClvPresenter(reader, clv);
        add(Blocks.title("CLV prediction"), Blocks.help("CLV (customer lifetime value) is the revenue a customer is "
                + "predicted to bring over the champion model's horizon. P10–P90 is the range the value falls in "
                + "with 80% probability: a 10% chance it is lower than P10, 10% that it is higher than P90. "
                + "Repeat-purchase probability is the chance a customer buys at least once more in the horizon. "
                + "Tiers group customers by predicted value: Platinum is the top 5%."));
        if (presenter.run().isEmpty()) {
            add(Blocks.empty("No analytics yet — ingest orders on the Data tab, then build features and refresh "
                    + "analytics."));
            return;
        }
        presenter.distribution().ifPresentOrElse(this::showDistribution, () -> add(Blocks.empty(
                "No model yet — run training (./clvops train) to predict CLV. Customers are listed below with their "
                        + "RFM segment.")));
        add(new H3("Customers by predicted CLV"), createListControls(), createGrid());
    }

    private void showDistribution(ClvDistribution d) {
        add(Blocks.row(kpi("clv-mean", "Average CLV (" + d.horizonDays() + " days)", decimal(d.mean())),
                kpi("clv-median", "Median CLV", decimal(d.median())),
                kpi("clv-top5", "Top 5% start at", decimal(d.top5Threshold())),
                kpi("clv-top5-mean", "Top 5% average CLV", decimal(d.top5Mean())),
                kpi("clv-top5-share", "Top 5% share of CLV", percent(d.top5Share())),
                kpi("clv-repeat", "Repeat-purchase probability",
                        d.repeatProbability() == null ? "not estimated" : percent(d.repeatProbability()))));
        add(Blocks.row(createHistogram(d), createTierChart()));
        presenter.cohorts().filter(c -> c.forecastUnavailableReason() == null).ifPresent(c -> add(createForecast(c)));
    }

    private Component createHistogram(ClvDistribution d) {
        EChart chart = new EChart(560, 300);
        chart.setId("chart-clv-histogram");
        chart.setOption(ChartOptions.bars("Customers by predicted CLV",
                d.histogram().stream().map(ClvPresenter::binLabel).toList(),
                d.histogram().stream().map(ClvDistribution.Bin::customers).toList()));
        return chart;
    }

    private Component createTierChart() {
        EChart chart = new EChart(420, 300);
        chart.setId("chart-tiers");
        chart.setOption(ChartOptions.bars("Mean predicted CLV by tier",
                presenter.tiers().stream().map(SegmentSummary::name).toList(),
                presenter.tiers().stream().map(tier -> Objects.requireNonNullElse(tier.meanClv(), 0.0)).toList()));
        return chart;
    }

    private Component createForecast(CohortReport cohorts) {
        EChart chart = new EChart(1000, 300);
        chart.setId("chart-cohort-forecast");
        chart.setOption(ChartOptions.bars("Predicted revenue by acquisition cohort, next " + cohorts.forecastMonths()
                        + " months", cohorts.cohorts().stream().map(CohortReport.Cohort::month).toList(),
                cohorts.cohorts().stream().map(c -> Math.round(Objects.requireNonNullElse(c.predictedRevenue(), 0.0)))
                        .toList()));
        return chart;
    }

    private Component createListControls() {
        top.setId("clv-top");
        top.setLabel("Show");
        top.setItems(ClvPresenter.TOP_CHOICES);
        top.setItemLabelGenerator(ClvPresenter::topLabel);
        top.setValue(ClvPresenter.TOP_CHOICES.getFirst());
        DownloadHandler csv = event -> {
            event.setFileName("predicted-clv-" + (top.getValue() == 0 ? "all" : "top-" + top.getValue()) + ".csv");
            event.setContentType("text/csv");
            presenter.export(top.getValue(), event.getWriter());
            event.getWriter().flush();
        };
        Anchor download = new Anchor(csv, "Download CSV");
        download.setId("clv-export");
        HorizontalLayout controls = new HorizontalLayout(top, download,
                new Span("of " + count(presenter.listed(0)) + " customers in the run"));
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return controls;
    }

    private Grid<PredictedCustomer> createGrid() {
        Grid<PredictedCustomer> grid = new Grid<>();
        grid.setId("customers");
        grid.addColumn(PredictedCustomer::customerId).setHeader("Customer");
        grid.addColumn(PredictedCustomer::segment).setHeader("Segment");
        grid.addColumn(row -> orDash(row.tier())).setHeader("Tier");
        grid.addColumn(row -> row.clv() == null ? "–" : money(row.clv())).setHeader("Predicted CLV");
        grid.addColumn(row -> ClvPresenter.interval(row.clvP10(), row.clvP90())).setHeader("P10–P90");
        grid.addColumn(row -> row.pAlive() == null ? "–" : percent(row.pAlive())).setHeader("P(alive)");
        grid.addColumn(row -> row.repeatProbability() == null ? "–" : percent(row.repeatProbability()))
                .setHeader("Repeat purchase");
        grid.addColumn(row -> row.expectedPurchases() == null ? "–" : decimal(row.expectedPurchases()))
                .setHeader("Expected purchases");
        grid.setItems(query -> presenter.customers(top.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) presenter.listed(top.getValue()));
        top.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.setHeight("480px");
        grid.setWidthFull();
        return grid;
    }

    private static String orDash(@Nullable Object value) {
        return value == null ? "–" : value.toString();
    }
}
