package dev.clvops.ui.logs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.logs.LogAnalytics;
import dev.clvops.platform.logs.LogEvent;
import dev.clvops.platform.logs.LogFile;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application log as it is written, filtered by keyword and level, and the log files to download. */
@Route(value = "logs", layout = MainLayout.class)
@PageTitle("Logs · clvops")
@Menu(order = 12, title = "Logs")
@RolesAllowed({Roles.ADMIN, Roles.OPS})
public class LogsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(LogsView.class);

    private final LogsPresenter presenter;
    private final TextField search = new TextField("Search");
    private final CheckboxGroup<String> levels = new CheckboxGroup<>("Levels");
    private final Checkbox live = new Checkbox("Follow new lines", true);
    private final Div lines = new Div();
    private final LogFollower follower;

    public LogsView(LogAnalytics logs) {
        presenter = new LogsPresenter(logs);
        follower = new LogFollower(presenter, this::prepend);
        add(Blocks.title("Logs"), Blocks.help("The newest lines of the application log, newest at the top. New "
                + "lines appear within a second or two while 'Follow new lines' is ticked. Type a word to keep only "
                + "lines whose message, logger or exception contains it, and tick levels to keep only those (none "
                + "ticked: all). Below, download one log file or all of them as a ZIP."), createFilters(),
                createLines(), new H3("Log files"), createFiles());
        restart();
    }

    private Component createFilters() {
        search.setId("log-search");
        search.setPlaceholder("word in message, logger or exception");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("360px");
        search.addValueChangeListener(change -> restart());
        levels.setId("log-levels");
        levels.setItems("ERROR", "WARN", "INFO", "DEBUG", "TRACE");
        levels.addValueChangeListener(change -> restart());
        live.setId("log-live");
        HorizontalLayout filters = new HorizontalLayout(search, levels, live);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private Component createLines() {
        lines.setId("log-lines");
        lines.setWidthFull();
        lines.getStyle().set("font-family", "monospace").setFontSize("var(--lumo-font-size-s)").setHeight("480px")
                .setOverflow(Style.Overflow.AUTO).setWhiteSpace(Style.WhiteSpace.PRE_WRAP)
                .setBackground("var(--lumo-contrast-5pct)").setPadding("var(--lumo-space-s)");
        return lines;
    }

    private void restart() {
        lines.removeAll();
        try {
            List<LogEvent> newest = presenter.start(levels.getValue(), search.getValue());
            if (newest.isEmpty()) {
                lines.add(Blocks.empty("No log lines match. Clear the search or tick other levels; new matching "
                        + "lines will appear here as they are written."));
            }
            newest.forEach(event -> lines.add(createLine(event)));
        } catch (RuntimeException e) {
            log.error("Reading the log files failed", e);
            Notification.show("Could not read the log files; the server log has the details.", 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Puts new events (oldest first) at the top, keeping at most {@link LogsPresenter#SHOWN} lines. */
    private void prepend(List<LogEvent> events) {
        if (!live.getValue()) {
            return;
        }
        lines.getChildren().filter(child -> child.hasClassName("empty-state")).toList().forEach(lines::remove);
        events.forEach(event -> lines.addComponentAsFirst(createLine(event)));
        List<Component> shown = lines.getChildren().toList();
        shown.subList(Math.min(LogsPresenter.SHOWN, shown.size()), shown.size()).forEach(lines::remove);
    }

    private static Component createLine(LogEvent event) {
        Div line = new Div(LogsPresenter.line(event));
        line.addClassName("log-line");
        line.getElement().setAttribute("data-level", event.level());
        line.getStyle().setColor(LogsPresenter.colour(event.level()));
        if (event.isError()) {
            line.getStyle().setFontWeight("600");
        }
        return line;
    }

    private Component createFiles() {
        Grid<LogFile> files = new Grid<>();
        files.setId("log-files");
        files.addColumn(LogFile::name).setHeader("File").setAutoWidth(true);
        files.addColumn(file -> Blocks.count(file.sizeBytes() / 1024) + " KiB").setHeader("Size");
        files.addColumn(file -> file.lastModified().toString()).setHeader("Last written");
        files.addComponentColumn(file -> new Anchor(event -> {
            event.setFileName(file.name());
            event.setContentType(file.name().endsWith(".gz") ? "application/gzip" : "application/x-ndjson");
            presenter.download(file.name(), event.getOutputStream());
        }, "Download")).setHeader("");
        files.setItems(presenter.files());
        files.setAllRowsVisible(true);
        Anchor all = new Anchor(event -> {
            event.setFileName("clvops-logs.zip");
            event.setContentType("application/zip");
            presenter.downloadAll(event.getOutputStream());
        }, "Download all log files (ZIP)");
        all.setId("log-zip");
        return new VerticalLayout(all, files);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        follower.start(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        follower.stop();
    }
}
