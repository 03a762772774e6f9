package dev.clvops.ui.customer;

import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.kpi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.CustomerAnalytics;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** One customer at a glance: RFM scores and segment, persona, cluster, tier and the model's predictions. */
@Route(value = "customer", layout = MainLayout.class)
@PageTitle("Customer 360 · clvops")
@Menu(order = 8, title = "Customer 360")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class CustomerView extends VerticalLayout {

    private final CustomerPresenter presenter;
    private final Div result = new Div();

    public CustomerView(CustomerAnalyticsReader reader) {
        presenter = new CustomerPresenter(reader);
        add(Blocks.title("Customer 360"), Blocks.help("Look a customer up by id to see their RFM scores and "
                + "segment, behavioural persona, cluster, value tier and, with a model, predicted CLV, P(alive), "
                + "the expected next purchase with its 10-90% range and the risk of becoming At Risk or Lost."));
        if (!presenter.hasRun()) {
            add(Blocks.empty("No analytics yet — ingest orders on the Data tab, then build features and refresh "
                    + "analytics."));
            return;
        }
        add(createSearch(), result);
    }

    private Component createSearch() {
        TextField id = new TextField("Customer id");
        id.setId("customer-id");
        Button show = new Button("Show", click -> show(id.getValue()));
        show.setId("customer-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickShortcut(Key.ENTER);
        HorizontalLayout search = new HorizontalLayout(id, show);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return search;
    }

    private void show(String customerId) {
        result.removeAll();
        presenter.find(customerId).ifPresentOrElse(customer -> result.add(createCards(customer)),
                () -> result.add(Blocks.empty("No customer '" + customerId + "' in the latest analytics run.")));
    }

    private Component createCards(CustomerAnalytics c) {
        return Blocks.row(kpi("customer-segment", "Segment", c.segment()),
                kpi("customer-rfm", "RFM (R/F/M)", c.rfmCode()), kpi("customer-persona", "Persona", c.persona()),
                kpi("customer-cluster", "Cluster", Integer.toString(c.cluster())),
                kpi("customer-tier", "Tier", orNoModel(c.tier())),
                kpi("customer-clv", "Predicted CLV", c.clv() == null ? "No model yet" : decimal(c.clv())),
                kpi("customer-alive", "P(alive)", c.pAlive() == null ? "No model yet" : decimal(c.pAlive())),
                kpi("customer-next", "Next purchase", c.nextPurchase() == null ? "–" : c.nextPurchase()
                        + (c.nextPurchaseLow() == null ? "" : " (" + c.nextPurchaseLow() + " – "
                        + c.nextPurchaseHigh() + ")")),
                kpi("customer-risk", "Risk of At Risk/Lost",
                        c.atRiskProbability() == null ? "No model yet" : decimal(c.atRiskProbability())));
    }

    private static String orNoModel(@Nullable String value) {
        return value == null ? "No model yet" : value;
    }
}
