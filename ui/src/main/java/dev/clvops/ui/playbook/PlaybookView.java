package dev.clvops.ui.playbook;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.analytics.BudgetAllocation;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.PlaybookReport;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** What to do for whom: playbook cells with their economics, the best targets and a budget split. */
@Route(value = "playbook", layout = MainLayout.class)
@PageTitle("Retention playbook · clvops")
@Menu(order = 7, title = "Retention playbook")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST})
public class PlaybookView extends VerticalLayout {

    private final PlaybookPresenter presenter;
    private final Grid<BudgetAllocation.Line> budget = new Grid<>();

    public PlaybookView(CustomerAnalyticsReader reader) {
        presenter = new PlaybookPresenter(reader);
        add(Blocks.title("Retention playbook"), Blocks.help("Each value tier x RFM segment cell gets an action "
                + "(e.g. VIP rewards for Platinum Champions, win-back for Gold At Risk) with the CLV at stake, the "
                + "expected uplift (response rate x CLV), the campaign cost and ROI. Targets rank customers by "
                + "expected net gain; the budget splits a marketing budget over the CLV audiences."));
        if (!presenter.hasRun()) {
            add(Blocks.empty("No analytics yet — ingest orders on the Data tab, then build features and refresh "
                    + "analytics."));
            return;
        }
        PlaybookReport playbook = presenter.playbook();
        if (playbook.unavailableReason() != null) {
            add(Blocks.empty("No model yet — run training to get a playbook (" + playbook.unavailableReason() + ")."));
            return;
        }
        add(new H3("Actions"), createCells(playbook), new H3("Top targets"), createTargets(playbook),
                new H3("Budget"), createBudget());
    }

    private Component createCells(PlaybookReport playbook) {
        Grid<PlaybookReport.Cell> grid = new Grid<>();
        grid.setId("playbook-cells");
        grid.addColumn(PlaybookReport.Cell::tier).setHeader("Tier");
        grid.addColumn(PlaybookReport.Cell::segment).setHeader("Segment");
        grid.addColumn(PlaybookReport.Cell::action).setHeader("Action");
        grid.addColumn(cell -> count(cell.customers())).setHeader("Customers");
        grid.addColumn(cell -> money(cell.clvAtStake())).setHeader("CLV at stake");
        grid.addColumn(cell -> money(cell.expectedUplift())).setHeader("Uplift");
        grid.addColumn(cell -> percent(cell.roi())).setHeader("ROI");
        grid.setItems(playbook.cells());
        grid.setHeight("320px");
        return grid;
    }

    private Component createTargets(PlaybookReport playbook) {
        Grid<PlaybookReport.Target> grid = new Grid<>();
        grid.setId("playbook-targets");
        grid.addColumn(PlaybookReport.Target::customerId).setHeader("Customer");
        grid.addColumn(PlaybookReport.Target::action).setHeader("Action");
        grid.addColumn(target -> decimal(target.clv())).setHeader("CLV");
        grid.addColumn(target -> decimal(target.net())).setHeader("Net gain");
        grid.setItems(playbook.targets());
        grid.setHeight("280px");
        return grid;
    }

    private Component createBudget() {
        NumberField total = new NumberField("Total budget");
        total.setId("budget-total");
        total.setValue(10_000.0);
        total.setMin(0);
        budget.setId("budget");
        budget.addColumn(BudgetAllocation.Line::audience).setHeader("Audience");
        budget.addColumn(line -> percent(line.share())).setHeader("Share");
        budget.addColumn(line -> decimal(line.amount())).setHeader("Amount");
        budget.addColumn(line -> decimal(line.perCustomer())).setHeader("Per customer");
        budget.addColumn(line -> decimal(line.cacTarget())).setHeader("CAC target");
        budget.setAllRowsVisible(true);
        total.addValueChangeListener(change -> showBudget(change.getValue()));
        showBudget(total.getValue());
        return new VerticalLayout(total, budget);
    }

    private void showBudget(Double total) {
        budget.setItems(presenter.budget(total == null ? 0 : total).map(BudgetAllocation::lines)
                .orElse(List.of()));
    }
}
