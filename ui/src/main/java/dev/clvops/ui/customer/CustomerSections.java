package dev.clvops.ui.customer;

import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.kpi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.clvops.platform.analytics.CustomerAnalytics;
import dev.clvops.platform.customer.CustomerOrder;
import dev.clvops.platform.customer.ScoredCustomer;
import dev.clvops.platform.customer.SegmentStep;
import dev.clvops.platform.customer.ShapFactor;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The sections of one customer's 360 view: headline cards, factors, segment path, order timeline, orders. */
final class CustomerSections {

    private CustomerSections() {
    }

    static Component of(Customer360 customer) {
        VerticalLayout sections = new VerticalLayout(createCards(customer));
        sections.setPadding(false);
        ScoredCustomer prediction = customer.prediction();
        if (prediction != null && !prediction.factors().isEmpty()) {
            sections.add(new H3("Why this prediction"), createFactors(prediction.factors()));
        }
        sections.add(new H3("Segment history"), createHistory(customer.history()),
                new H3("Orders"), caption(customer.ordersCaption()), createTimeline(customer.orders()),
                createOrders(customer.orders()));
        return sections;
    }

    private static Component createCards(Customer360 customer) {
        CustomerAnalytics c = customer.analytics();
        ScoredCustomer p = customer.prediction();
        return Blocks.row(kpi("customer-clv", "Predicted CLV (10–90% range)", customer.clvWithInterval()),
                kpi("customer-alive", "P(alive)", p == null || p.pAlive() == null ? "–" : decimal(p.pAlive())),
                kpi("customer-purchases", "Expected purchases", p == null || p.expectedPurchases() == null ? "–"
                        : decimal(p.expectedPurchases())),
                kpi("customer-model", "Model", p == null ? "No model yet" : p.family() + " v" + p.modelVersion()
                        + ", " + p.horizonDays() + " days"),
                kpi("customer-segment", "Segment", c == null ? "–" : c.segment()),
                kpi("customer-rfm", "RFM (R/F/M)", c == null ? "–" : c.rfmCode()),
                kpi("customer-persona", "Persona", c == null ? "–" : c.persona()),
                kpi("customer-cluster", "Cluster", c == null ? "–" : Integer.toString(c.cluster())),
                kpi("customer-tier", "Tier", c == null || c.tier() == null ? "No model yet" : c.tier()),
                kpi("customer-next", "Next purchase", c == null ? "–" : nextPurchase(c)),
                kpi("customer-risk", "Risk of At Risk/Lost",
                        c == null || c.atRiskProbability() == null ? "–" : decimal(c.atRiskProbability())));
    }

    private static String nextPurchase(CustomerAnalytics c) {
        if (c.nextPurchase() == null) {
            return "–";
        }
        return c.nextPurchase() + (c.nextPurchaseLow() == null ? "" : " (" + c.nextPurchaseLow() + " – "
                + c.nextPurchaseHigh() + ")");
    }

    private static Component createFactors(List<ShapFactor> factors) {
        EChart chart = new EChart(700, 80 + 40 * factors.size());
        chart.setId("customer-factors");
        chart.setOption(ChartOptions.bars("Contribution to the prediction (SHAP)",
                factors.stream().map(ShapFactor::feature).toList(),
                factors.stream().map(ShapFactor::contribution).toList()));
        return chart;
    }

    private static Component createHistory(List<SegmentStep> history) {
        Grid<SegmentStep> grid = new Grid<>(SegmentStep.class, false);
        grid.setId("customer-history");
        grid.addColumn(SegmentStep::runId).setHeader("Analytics run").setAutoWidth(true);
        grid.addColumn(step -> step.createdAt().toString().substring(0, 10)).setHeader("Date").setAutoWidth(true);
        grid.addColumn(SegmentStep::segment).setHeader("Segment").setAutoWidth(true);
        grid.addColumn(SegmentStep::rfmCode).setHeader("RFM");
        grid.addColumn(SegmentStep::tier).setHeader("Tier");
        grid.addColumn(SegmentStep::persona).setHeader("Persona").setAutoWidth(true);
        grid.addColumn(step -> money(step.clv())).setHeader("CLV");
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component createTimeline(List<CustomerOrder> orders) {
        List<CustomerOrder> oldestFirst = orders.reversed();
        EChart chart = new EChart(920, 260);
        chart.setId("customer-timeline");
        chart.setOption(ChartOptions.bars("Order values over time",
                oldestFirst.stream().map(order -> order.orderDate().toString()).toList(),
                oldestFirst.stream().map(CustomerOrder::value).toList()));
        return chart;
    }

    private static Component createOrders(List<CustomerOrder> orders) {
        Grid<CustomerOrder> grid = new Grid<>(CustomerOrder.class, false);
        grid.setId("customer-orders");
        grid.addColumn(CustomerOrder::orderId).setHeader("Order").setAutoWidth(true);
        grid.addColumn(CustomerOrder::orderDate).setHeader("Date").setAutoWidth(true);
        grid.addColumn(order -> decimal(order.value())).setHeader("Value").setAutoWidth(true);
        grid.addColumn(CustomerOrder::channel).setHeader("Channel");
        grid.addColumn(CustomerOrder::category).setHeader("Category");
        grid.setItems(orders);
        grid.setHeight("320px");
        return grid;
    }

    private static Span caption(String text) {
        Span caption = new Span(text);
        caption.setId("customer-orders-caption");
        return caption;
    }

    private static String money(@Nullable Double value) {
        return value == null ? "–" : decimal(value);
    }
}
