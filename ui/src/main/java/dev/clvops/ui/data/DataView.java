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
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.ingest.QuarantinedRow;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Upload order files with live ingest progress, the summaries of this session's uploads, and the quarantine. */
@Route(value = "data", layout = MainLayout.class)
@PageTitle("Data · clvops")
@Menu(order = 6, title = "Data")
@RolesAllowed({Roles.ADMIN, Roles.ANALYST, Roles.OPS})
public class DataView extends VerticalLayout {

    private final DataPresenter presenter;
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();
    private final Span summary = new Span();
    private final List<IngestSummary> uploads = new ArrayList<>();
    private final Grid<IngestSummary> uploadGrid = new Grid<>();
    private final Grid<QuarantinedRow> quarantine = new Grid<>();

    public DataView(OrderIngestion ingestion) {
        presenter = new DataPresenter(ingestion);
        add(Blocks.title("Data"), Blocks.help("Upload order files (CSV: orders, order lines, returns or CDNOW "
                + "format, detected automatically). Rows that cannot be used are kept in quarantine with the reason; "
                + "re-uploading the same file adds nothing. After an upload, build features and refresh analytics "
                + "for the other tabs to include the new orders."));
        add(createUpload(), createProgress(), new H3("Uploads"), createUploadGrid(), new H3("Quarantine"),
                createQuarantineGrid());
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
        uploads.addFirst(result);
        uploadGrid.setItems(uploads);
        quarantine.getDataProvider().refreshAll();
    }

    private void failed(String message) {
        bar.setVisible(false);
        summary.setText("");
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Component createUploadGrid() {
        uploadGrid.setId("ingest-runs");
        uploadGrid.addColumn(IngestSummary::runId).setHeader("Run");
        uploadGrid.addColumn(IngestSummary::file).setHeader("File");
        uploadGrid.addColumn(IngestSummary::format).setHeader("Format");
        uploadGrid.addColumn(row -> count(row.rowsRead())).setHeader("Rows");
        uploadGrid.addColumn(row -> count(row.loaded())).setHeader("Loaded");
        uploadGrid.addColumn(row -> count(row.quarantined())).setHeader("Quarantined");
        uploadGrid.setAllRowsVisible(true);
        uploadGrid.setItems(uploads);
        return uploadGrid;
    }

    private Component createQuarantineGrid() {
        quarantine.setId("quarantine");
        quarantine.addColumn(QuarantinedRow::runId).setHeader("Run").setAutoWidth(true).setFlexGrow(0);
        quarantine.addColumn(QuarantinedRow::file).setHeader("File").setAutoWidth(true).setFlexGrow(0);
        quarantine.addColumn(QuarantinedRow::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        quarantine.addColumn(QuarantinedRow::reason).setHeader("Reason").setFlexGrow(2);
        quarantine.addColumn(QuarantinedRow::raw).setHeader("Row").setFlexGrow(1);
        quarantine.setItems(query -> presenter.quarantine(query.getOffset(), query.getLimit()).stream());
        quarantine.setHeight("320px");
        quarantine.setWidthFull();
        return quarantine;
    }
}
