package dev.clvops.ui.reports;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.decimal;
import static dev.clvops.ui.shell.Blocks.kpi;
import static dev.clvops.ui.shell.Blocks.money;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.clvops.platform.analytics.CustomerAnalyticsReader;
import dev.clvops.platform.analytics.ExecutiveFactsReader;
import dev.clvops.platform.analytics.KpiReport;
import dev.clvops.platform.analytics.SegmentSummary;
import dev.clvops.platform.reports.ReportArchive;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.RoleCheck;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The stored PDF and Markdown reports (preview, download, regenerate) and, for roles that read dashboards, KPIs for
 * any order-date range, value per RFM segment, and the customer list of a segment as CSV.
 */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Reports · clvops")
@Menu(order = 10, title = "Reports")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.LEADERSHIP, Roles.OPS})
public class ReportsView extends VerticalLayout {

    private final ReportsPresenter presenter;
    private final Div rangeKpis = new Div();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");

    public ReportsView(CustomerAnalyticsReader reader, ExecutiveFactsReader facts, ReportArchive archive,
                       RoleCheck roles) {
        presenter = new ReportsPresenter(reader, facts);
        add(Blocks.title("Reports"), Blocks.help("The generated reports (executive summary, CLV, segments, personas, "
                + "overview) as PDF and Markdown: pick one to read it here, download it, or download all as a ZIP; "
                + "operators can regenerate them from the latest analytics. Below, pick an order-date range to see "
                + "its KPIs (both ends included; leave a date empty for no bound), the size and predicted value of "
                + "each RFM segment, and download the customer list of one segment (or all) as CSV."));
        if (roles.hasAnyRole(Roles.ADMIN, Roles.LEADERSHIP, Roles.OPS)) {
            add(new H3("Stored reports"), new ReportFilesSection(new ReportFilesPresenter(archive),
                    roles.hasAnyRole(Roles.ADMIN, Roles.OPS)));
        }
        if (roles.hasAnyRole(Roles.ADMIN, Roles.ANALYST, Roles.LEADERSHIP)) {
            addKpis();
        }
    }

    private void addKpis() {
        H3 heading = new H3("KPIs for a date range");
        heading.setId("report-kpis-heading");
        add(heading);
        if (!presenter.hasRun()) {
            add(Blocks.empty("No analytics yet — ingest orders on the Data tab, then build features and refresh "
                    + "analytics."));
            return;
        }
        add(createRange(), rangeKpis, new H3("Segments"), createSegments(), new H3("Export"), createExport());
        showRange();
    }
    private Component createRange() {
        from.setId("report-from");
        to.setId("report-to");
        from.addValueChangeListener(change -> showRange());
        to.addValueChangeListener(change -> showRange());
        return new HorizontalLayout(from, to);
    }

    private void showRange() {
        KpiReport kpis = presenter.kpis(from.getValue(), to.getValue());
        rangeKpis.removeAll();
        rangeKpis.add(Blocks.row(kpi("report-customers", "Customers", count(kpis.customers())),
                kpi("report-revenue", "Revenue", money(kpis.revenue())),
                kpi("report-orders", "Orders", count(kpis.orders())),
                kpi("report-aov", "Average order value", decimal(kpis.averageOrderValue())),
                kpi("report-repeat", "Repeat rate", percent(kpis.repeatRate()))));
    }

    private Component createSegments() {
        Grid<SegmentSummary> grid = new Grid<>();
        grid.setId("report-segments");
        grid.addColumn(SegmentSummary::name).setHeader("Segment");
        grid.addColumn(s -> count(s.customers())).setHeader("Customers");
        grid.addColumn(s -> percent(s.share())).setHeader("Share");
        grid.addColumn(s -> s.meanClv() == null ? "No model yet" : money(s.meanClv())).setHeader("Mean CLV");
        grid.setItems(presenter.segments());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createExport() {
        ComboBox<String> segment = new ComboBox<>("Segment (empty: all customers)", presenter.segmentNames());
        segment.setId("export-segment");
        segment.setClearButtonVisible(true);
        DownloadHandler csv = event -> {
            String chosen = segment.getValue();
            event.setFileName("customers-" + (chosen == null ? "all" : chosen.replace(' ', '-')) + ".csv");
            event.setContentType("text/csv");
            presenter.export(chosen, event.getWriter());
            event.getWriter().flush();
        };
        Anchor download = new Anchor(csv, "Download CSV");
        download.setId("export-download");
        HorizontalLayout export = new HorizontalLayout(segment, download);
        export.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return export;
    }
}
