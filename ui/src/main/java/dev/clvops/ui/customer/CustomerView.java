package dev.clvops.ui.customer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.customer.CustomerHistory;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * One customer at a glance: predicted CLV with its interval, P(alive), next purchase, the factors behind the
 * prediction, RFM, persona, the segment path over analytics runs, an order timeline and the raw orders. Open it
 * with {@code customer?id=ID} or search by id.
 */
@Route(value = "customer", layout = MainLayout.class)
@PageTitle("Customer 360 · clvops")
@Menu(order = 8, title = "Customer 360")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class CustomerView extends VerticalLayout implements BeforeEnterObserver {

    private static final String ID = "id";

    private final CustomerPresenter presenter;
    private final TextField id = new TextField("Customer id");
    private final Div result = new Div();

    public CustomerView(CustomerAnalyticsReader reader, CustomerHistory history) {
        presenter = new CustomerPresenter(reader, history);
        add(Blocks.title("Customer 360"), Blocks.help("Look a customer up by id. Predicted CLV is the value the "
                + "model expects the customer to bring over its horizon, with a 10-90% range: nine in ten "
                + "customers like this one land inside it. P(alive) is the chance the customer still buys from "
                + "you at all. The factors show which of the customer's features pushed the prediction up or down "
                + "(SHAP values, for the XGBoost model). RFM scores rank recency, frequency and spend from 1 "
                + "(lowest fifth) to 5 (highest fifth)."));
        if (!presenter.hasRun()) {
            add(Blocks.empty("No analytics yet — ingest orders on the Data tab, then build features and refresh "
                    + "analytics."));
            return;
        }
        result.setWidthFull();
        add(createSearch(), result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(ID).ifPresent(customerId -> {
            id.setValue(customerId);
            show(customerId);
        });
    }

    private Component createSearch() {
        id.setId("customer-id");
        Button show = new Button("Show", click -> getUI().ifPresent(ui -> ui.navigate(CustomerView.class,
                QueryParameters.of(ID, id.getValue().trim()))));
        show.setId("customer-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickShortcut(Key.ENTER);
        HorizontalLayout search = new HorizontalLayout(id, show);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return search;
    }

    private void show(String customerId) {
        result.removeAll();
        presenter.find(customerId).ifPresentOrElse(customer -> result.add(CustomerSections.of(customer)),
                () -> result.add(Blocks.empty("No customer '" + customerId + "' in the latest analytics run or "
                        + "the orders.")));
    }
}
