package dev.clvops.ui.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.clvops.platform.reports.ReportRun;
import dev.clvops.platform.reports.StoredReport;
import dev.clvops.ui.shell.Blocks;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The stored reports: list, in-page preview, download one or all, and (for operators) regenerate. */
class ReportFilesSection extends VerticalLayout {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final ReportFilesPresenter presenter;
    private final boolean canGenerate;
    private final Grid<StoredReport> grid = new Grid<>();
    private final IFrame preview = new IFrame();
    private final Anchor download = new Anchor();
    private final VerticalLayout body = new VerticalLayout();
    private final ProgressBar busy = new ProgressBar();
    private final Component files;

    ReportFilesSection(ReportFilesPresenter presenter, boolean canGenerate) {
        this.presenter = presenter;
        this.canGenerate = canGenerate;
        setPadding(false);
        body.setPadding(false);
        VerticalLayout content = new VerticalLayout(createGrid(), createPreview());
        content.setPadding(false);
        files = content;
        add(createActions(), body);
        show(presenter.reports());
    }

    private Component createActions() {
        Anchor zip = new Anchor(event -> {
            event.setFileName("clvops-reports.zip");
            event.setContentType("application/zip");
            presenter.zipAll(event.getOutputStream());
        }, "Download all reports (ZIP)");
        zip.setId("report-zip");
        HorizontalLayout actions = new HorizontalLayout(zip);
        if (canGenerate) {
            Button regenerate = new Button("Regenerate all reports", click -> regenerate(click.getSource()));
            regenerate.setId("report-regenerate");
            busy.setIndeterminate(true);
            busy.setVisible(false);
            busy.setWidth("200px");
            busy.setId("report-busy");
            actions.add(regenerate, busy);
        }
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private void show(List<StoredReport> reports) {
        body.removeAll();
        if (reports.isEmpty()) {
            body.add(Blocks.empty("No reports yet. " + (canGenerate
                    ? "Press 'Regenerate all reports' to create them from the latest analytics."
                    : "They are generated every week; ask an operator to generate them now.")));
            return;
        }
        body.add(files);
        grid.setItems(reports);
        grid.select(ReportFilesPresenter.firstPdf(reports));
    }

    private Component createGrid() {
        grid.setId("stored-reports");
        grid.addColumn(StoredReport::title).setHeader("Report").setFlexGrow(2);
        grid.addColumn(ReportFilesPresenter::format).setHeader("Format");
        grid.addColumn(report -> "#" + report.reportRunId()).setHeader("Run");
        grid.addColumn(report -> GENERATED.format(report.generatedAt())).setHeader("Generated");
        grid.addColumn(report -> ReportFilesPresenter.size(report.sizeBytes())).setHeader("Size");
        grid.setHeight("260px");
        grid.addSelectionListener(selection -> selection.getFirstSelectedItem().ifPresent(this::select));
        return grid;
    }

    private Component createPreview() {
        download.setId("report-download");
        preview.setId("report-preview");
        preview.setWidthFull();
        preview.setHeight("640px");
        preview.getStyle().setBorder("1px solid var(--lumo-contrast-20pct)");
        return new VerticalLayout(download, preview);
    }

    private void select(StoredReport report) {
        preview.setSrc(event -> {
            event.inline(report.fileName());
            event.setContentType(report.format().equals("pdf") ? report.contentType() : "text/plain; charset=utf-8");
            Files.copy(presenter.file(report), event.getOutputStream());
        });
        download.setHref(DownloadHandler.forFile(presenter.file(report).toFile(), report.fileName()));
        download.setText("Download " + report.fileName() + " of run #" + report.reportRunId());
    }

    private void regenerate(Button button) {
        UI ui = UI.getCurrent();
        button.setEnabled(false);
        busy.setVisible(true);
        presenter.regenerate(run -> ui.access(() -> generated(button, run)), message -> ui.access(() -> {
            button.setEnabled(true);
            busy.setVisible(false);
            Notification.show(message, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }));
    }

    private void generated(Button button, ReportRun run) {
        button.setEnabled(true);
        busy.setVisible(false);
        show(presenter.reports());
        Notification.show("Generated " + run.reports().size() + " report files (run #" + run.reportRunId() + ").",
                5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
