package dev.clvops.ui.clv;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.decimal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.CustomerAnalytics;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Predicted CLV: value tiers and a lazily paged list of every customer, highest predicted CLV first. */
@Route(value = "clv", layout = MainLayout.class)
@PageTitle("CLV prediction · clvops")
@Menu(order = 3, title = "CLV prediction")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.LEADERSHIP})
public class ClvView extends VerticalLayout {

    private final ClvPresenter presenter;

    public ClvView(CustomerAnalyticsReader reader) {
        presenter = new ClvPresenter(reader);
        add(Blocks.title("CLV prediction"), Blocks.help("Each customer's predicted customer lifetime value over "
                + "the champion model's horizon, the probability they are still active (P(alive)) and when they "
                + "are expected to buy next. Tiers group customers by predicted value: Platinum is the top 5%."));
        if (presenter.run().isEmpty()) {
            add(Blocks.empty("No analytics yet — ingest orders on the Data tab, then build features and refresh "
                    + "analytics."));
            return;
        }
        if (!presenter.hasPredictions()) {
            add(Blocks.empty("No model yet — run training (./clvops train) to predict CLV. Customers are listed "
                    + "below with their RFM segment."));
        } else {
            add(createTierChart());
        }
        add(createGrid());
        setSizeFull();
    }

    private Component createTierChart() {
        EChart chart = new EChart(560, 280);
        chart.setId("chart-tiers");
        chart.setOption(ChartOptions.bars("Mean predicted CLV by tier",
                presenter.tiers().stream().map(SegmentSummary::name).toList(),
                presenter.tiers().stream().map(tier -> Objects.requireNonNullElse(tier.meanClv(), 0.0)).toList()));
        return chart;
    }

    private Grid<CustomerAnalytics> createGrid() {
        Grid<CustomerAnalytics> grid = new Grid<>();
        grid.setId("customers");
        grid.addColumn(CustomerAnalytics::customerId).setHeader("Customer");
        grid.addColumn(CustomerAnalytics::segment).setHeader("Segment");
        grid.addColumn(CustomerAnalytics::rfmCode).setHeader("RFM");
        grid.addColumn(row -> orDash(row.tier())).setHeader("Tier");
        grid.addColumn(row -> row.clv() == null ? "–" : decimal(row.clv())).setHeader("Predicted CLV");
        grid.addColumn(row -> row.pAlive() == null ? "–" : decimal(row.pAlive())).setHeader("P(alive)");
        grid.addColumn(row -> orDash(row.nextPurchase())).setHeader("Next purchase");
        grid.setItems(query -> presenter.customers(query.getOffset(), query.getLimit()).stream(),
                query -> (int) presenter.customerCount());
        grid.setHeight("480px");
        grid.setWidthFull();
        add(new Span(count(presenter.customerCount()) + " customers"));
        return grid;
    }

    private static String orDash(@Nullable Object value) {
        return value == null ? "–" : value.toString();
    }
}
