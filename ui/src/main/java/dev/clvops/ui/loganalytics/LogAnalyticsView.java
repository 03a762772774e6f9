package dev.clvops.ui.loganalytics;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.kpi;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.logs.ErrorSpike;
import dev.clvops.platform.logs.LogAnalytics;
import dev.clvops.platform.logs.LogSummary;
import dev.clvops.platform.logs.TermCount;
import dev.clvops.ui.loganalytics.LogAnalyticsPresenter.Range;
import dev.clvops.ui.loganalytics.LogAnalyticsPresenter.Window;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the platform logged over a time range: volume, severities, error spikes, when it logs, and about what. */
@Route(value = "log-analytics", layout = MainLayout.class)
@PageTitle("Log analytics · clvops")
@Menu(order = 11, title = "Log analytics")
@RolesAllowed({Roles.ADMIN, Roles.OPS})
public class LogAnalyticsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(LogAnalyticsView.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final LogAnalyticsPresenter presenter;
    private final Select<Range> range = new Select<>();
    private final Span shown = new Span();
    private final Div content = new Div();

    public LogAnalyticsView(LogAnalytics logs) {
        presenter = new LogAnalyticsPresenter(logs, Clock.systemDefaultZone());
        add(Blocks.title("Log analytics"), Blocks.help("Figures from the application's own log files for the "
                + "chosen time range, up to the moment you opened or refreshed it: how much was logged and at which "
                + "level, minutes with unusually many errors (at least 5 and more than 3 standard deviations above "
                + "the hour before), on which weekdays and hours the system is busy, and the words and exception "
                + "types that occur most. Use the Logs tab to read the lines themselves."), createToolbar(), content);
        content.setWidthFull();
        show();
    }

    private Component createToolbar() {
        range.setId("log-range-select");
        range.setLabel("Time range");
        range.setItems(Range.values());
        range.setItemLabelGenerator(item -> item.label);
        range.setValue(Range.DAY);
        range.addValueChangeListener(change -> show());
        Button refresh = new Button("Refresh", click -> show());
        refresh.setId("log-refresh");
        shown.setId("log-range");
        HorizontalLayout toolbar = new HorizontalLayout(range, refresh, shown);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private void show() {
        content.removeAll();
        Window window = presenter.window(range.getValue());
        shown.setText("From " + SHOWN.format(window.from()) + " to " + SHOWN.format(window.to()));
        shown.getElement().setAttribute("data-from", Long.toString(window.from().toEpochMilli()));
        shown.getElement().setAttribute("data-to", Long.toString(window.to().toEpochMilli()));
        try {
            LogSummary summary = presenter.summary(window);
            if (summary.events() == 0) {
                content.add(Blocks.empty("Nothing was logged in this range. Pick a longer range; if every range is "
                        + "empty, check that the application writes its log files to $CLVOPS_HOME/logs."));
                return;
            }
            content.add(createCards(summary), Blocks.row(LogCharts.volume(presenter.timeline(summary, window), window.range()),
                    LogCharts.severity(summary)), LogCharts.heatmap(summary), new H3("Error spikes"), createSpikes(presenter.spikes(window)),
                    Blocks.row(createTerms("top-keywords", "Keyword", summary.topKeywords()),
                            createTerms("top-exceptions", "Exception type", summary.topExceptions())));
        } catch (RuntimeException e) {
            log.error("Reading the log analytics of {} failed", window, e);
            Notification.show("Could not read the log files; the server log has the details.", 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Component createCards(LogSummary summary) {
        Map<String, Long> levels = LogAnalyticsPresenter.severities(summary);
        List<Component> cards = new ArrayList<>(List.of(kpi("log-events", "Events", count(summary.events()))));
        levels.forEach((level, n) -> cards.add(kpi("severity-" + level, level, count(n))));
        return Blocks.row(cards.toArray(Component[]::new));
    }

    private Component createSpikes(List<ErrorSpike> spikes) {
        if (spikes.isEmpty()) {
            return Blocks.empty("No error spikes in this range.");
        }
        Grid<ErrorSpike> grid = new Grid<>();
        grid.setId("error-spikes");
        grid.addColumn(spike -> SHOWN.format(spike.minute()))
                .setHeader("Minute");
        grid.addColumn(spike -> count(spike.errors())).setHeader("Errors");
        grid.addColumn(spike -> Blocks.decimal(spike.trailingMean())).setHeader("Usual errors per minute");
        grid.setItems(spikes);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createTerms(String id, String header, List<TermCount> terms) {
        Grid<TermCount> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(TermCount::term).setHeader(header).setFlexGrow(2);
        grid.addColumn(term -> count(term.count())).setHeader("Count");
        grid.setItems(terms);
        grid.setAllRowsVisible(true);
        grid.setWidth("440px");
        return terms.isEmpty() ? Blocks.empty("No " + header.toLowerCase() + "s in this range.") : grid;
    }
}
