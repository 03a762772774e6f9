package dev.clvops.ui.data;

import static dev.clvops.ui.shell.Blocks.count;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.clvops.platform.ingest.IngestRun;
import dev.clvops.platform.ingest.IngestRunHistory;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Upload order files with live ingest progress, every recorded ingest run, and the quarantine of a run or all. */
@Route(value = "data", layout = MainLayout.class)
@PageTitle("Data · clvops")
@Menu(order = 6, title = "Data")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPS})
public class DataView extends VerticalLayout {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final DataPresenter presenter;
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Span summary = new Span();
    private final Grid<IngestRun> runs = new Grid<>();
    private final QuarantineSection quarantine;

    public DataView(OrderIngestion ingestion, IngestRunHistory history) {
        presenter = new DataPresenter(ingestion, history);
        quarantine = new QuarantineSection(presenter);
        add(Blocks.title("Data"), Blocks.help("Upload order files (CSV: orders, order lines, returns or CDNOW "
                + "format, detected automatically). Rows that cannot be used are kept in quarantine with the reason; "
                + "re-uploading the same file adds nothing. The table lists every ingest run, newest first, from "
                + "uploads, the command line and the API alike; select one to see only its quarantined rows and "
                + "reasons. After an upload, build features and refresh analytics for the other tabs to include the "
                + "new orders."));
        add(createUpload(), createProgress(), new H3("Ingest runs"), createRunGrid(), quarantine);
    }

    private Component createUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> start(ui,
                metadata.fileName(), file.toPath()))));
        upload.setId("order-upload");
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        return upload;
    }

    private Component createProgress() {
        bar.setId("ingest-progress");
        bar.setWidth("480px");
        bar.setVisible(false);
        progressText.setId("ingest-progress-text");
        summary.setId("ingest-summary");
        return new VerticalLayout(bar, progressText, summary);
    }

    private void start(UI ui, String fileName, Path file) {
        bar.setVisible(true);
        bar.setValue(0);
        summary.setText("Ingesting " + fileName + " ...");
        presenter.ingest(fileName, file, new UiProgress(ui, bar, progressText),
                result -> ui.access(() -> finished(result)), message -> ui.access(() -> failed(message)));
    }

    private void finished(IngestSummary result) {
        bar.setIndeterminate(false);
        bar.setValue(1);
        summary.setText(result.file() + ": " + count(result.rowsRead()) + " rows read, " + count(result.loaded())
                + " loaded, " + count(result.duplicates()) + " duplicates, " + count(result.quarantined())
                + " quarantined, " + count(result.customers()) + " customers" + (result.repeat() ? " (repeat)" : ""));
        runs.getDataProvider().refreshAll();
        quarantine.refresh();
    }

    private void failed(String message) {
        bar.setVisible(false);
        summary.setText("");
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Component createRunGrid() {
        runs.setId("ingest-runs");
        runs.addColumn(IngestRun::runId).setHeader("Run").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(IngestRun::file).setHeader("File").setAutoWidth(true).setFlexGrow(2);
        runs.addColumn(run -> run.format().cliName()).setHeader("Format");
        runs.addColumn(run -> STARTED.format(run.startedAt())).setHeader("Started").setAutoWidth(true);
        runs.addColumn(IngestRun::status).setHeader("Status").setAutoWidth(true);
        runs.addColumn(run -> count(run.rowsRead())).setHeader("Rows read");
        runs.addColumn(run -> count(run.loaded())).setHeader("Loaded");
        runs.addColumn(run -> count(run.duplicates())).setHeader("Duplicates");
        runs.addColumn(run -> count(run.quarantined())).setHeader("Quarantined").setAutoWidth(true);
        runs.setItems(query -> presenter.runs(query.getOffset(), query.getLimit()).stream(),
                query -> presenter.runCount());
        runs.addSelectionListener(selection -> quarantine.show(selection.getFirstSelectedItem().orElse(null)));
        runs.setEmptyStateText("No ingest runs yet — upload an order file above, or run 'clvops ingest <file>'.");
        runs.setHeight("300px");
        runs.setWidthFull();
        return runs;
    }
}
