package dev.clvops.ui.data;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.clvops.platform.ingest.IngestRun;
import dev.clvops.platform.ingest.QuarantinedRow;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** The quarantined rows of the selected ingest run (or of all runs), its reasons, and a CSV export. */
class QuarantineSection extends VerticalLayout {

    private final DataPresenter presenter;
    private final H3 heading = new H3();
    private final UnorderedList reasons = new UnorderedList();
    private final Anchor export = new Anchor();
    private final Grid<QuarantinedRow> grid = new Grid<>();
    private OptionalLong runId = OptionalLong.empty();

    QuarantineSection(DataPresenter presenter) {
        this.presenter = presenter;
        setPadding(false);
        reasons.setId("quarantine-reasons");
        export.setId("quarantine-export");
        add(heading, reasons, export, createGrid());
        show(null);
    }

    /** Shows the quarantine of {@code run}, or of every run when null. */
    void show(@Nullable IngestRun run) {
        runId = run == null ? OptionalLong.empty() : OptionalLong.of(run.runId());
        heading.setText(run == null ? "Quarantine of all runs (select a run to narrow it down)"
                : "Quarantine of run " + run.runId() + " (" + run.file() + ")");
        reasons.removeAll();
        if (run != null) {
            DataPresenter.reasons(run).forEach(reason -> reasons.add(new ListItem(reason)));
            if (run.reasons().isEmpty()) {
                reasons.add(new ListItem("No row of this run was quarantined."));
            }
        }
        OptionalLong exported = runId;
        String name = run == null ? "quarantine-all.csv" : "quarantine-run-" + run.runId() + ".csv";
        export.setHref(event -> {
            event.setFileName(name);
            event.setContentType("text/csv");
            presenter.exportQuarantine(exported, event.getOutputStream());
        });
        export.setText("Export " + name);
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Component createGrid() {
        grid.setId("quarantine");
        grid.addColumn(QuarantinedRow::runId).setHeader("Run").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuarantinedRow::file).setHeader("File").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuarantinedRow::lineNumber).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QuarantinedRow::reason).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(QuarantinedRow::raw).setHeader("Row").setFlexGrow(1);
        grid.setItems(query -> presenter.quarantine(runId, query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("No quarantined rows: every row read could be used.");
        grid.setHeight("320px");
        grid.setWidthFull();
        return grid;
    }
}
