package dev.clvops.ui.rfm;

import static dev.clvops.ui.shell.Blocks.count;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.clvops.platform.UnusableInputException;
import dev.clvops.platform.analytics.AnalyticsRun;
import dev.clvops.platform.analytics.MovementMatrix;
import dev.clvops.ui.shell.Blocks;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Segment movement: the transition matrix between two analytics runs, or from an uploaded past segmentation. */
class MovementPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(MovementPanel.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    /** One row of the matrix: customers of segment {@code from} before, per segment after. */
    record MatrixRow(String from, List<Long> counts) {
    }

    private final RfmPresenter presenter;
    private final Select<AnalyticsRun> before = runSelect("movement-before", "From run");
    private final Select<AnalyticsRun> after = runSelect("movement-after", "To run");
    private final Paragraph summary = new Paragraph();
    private final Grid<MatrixRow> matrix = new Grid<>();

    MovementPanel(RfmPresenter presenter, List<AnalyticsRun> runs) {
        this.presenter = presenter;
        setPadding(false);
        before.setItems(runs);
        after.setItems(runs);
        after.setValue(runs.getFirst());
        before.setValue(runs.size() > 1 ? runs.get(1) : runs.getFirst());
        Button compare = new Button("Compare runs", click -> show("runs", () -> presenter.movement(
                before.getValue().runId(), after.getValue().runId())));
        compare.setId("movement-compare");
        FlexLayout controls = Blocks.row(before, after, compare, createUpload());
        controls.setAlignItems(FlexComponent.Alignment.END);
        summary.setId("movement-summary");
        matrix.setId("movement");
        matrix.setAllRowsVisible(true);
        matrix.setVisible(false);
        add(new H3("Segment movement"), controls, summary, matrix);
    }

    private Upload createUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> show(
                metadata.fileName(), () -> presenter.movementFromUpload(new StringReader(new String(bytes,
                        StandardCharsets.UTF_8)), metadata.fileName(), after.getValue().runId())))));
        upload.setId("movement-upload");
        upload.setUploadButton(new Button("Compare with a past segmentation CSV"));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        return upload;
    }

    private void show(String source, Supplier<MovementMatrix> movement) {
        try {
            MovementMatrix m = movement.get();
            List<String> segments = m.segments();
            matrix.removeAllColumns();
            matrix.addColumn(MatrixRow::from).setHeader("From \\ to").setFrozen(true).setAutoWidth(true);
            IntStream.range(0, segments.size()).forEach(j -> matrix.addColumn(row -> count(row.counts().get(j)))
                    .setHeader(segments.get(j)).setAutoWidth(true));
            matrix.setItems(IntStream.range(0, segments.size())
                    .mapToObj(i -> new MatrixRow(segments.get(i), m.counts().get(i))).toList());
            matrix.setVisible(true);
            summary.setText(count(RfmPresenter.customersInBoth(m)) + " customers in both, "
                    + percent(m.stability()) + " kept their segment; " + count(m.onlyBefore()) + " only before, "
                    + count(m.onlyAfter()) + " only after.");
        } catch (UnusableInputException | IllegalArgumentException e) {
            log.warn("Segment movement from {} failed", source, e);
            Notification.show("Cannot compare: " + e.getMessage());
        }
    }

    private static Select<AnalyticsRun> runSelect(String id, String label) {
        Select<AnalyticsRun> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItemLabelGenerator(run -> "Run " + run.runId() + " · " + WHEN.format(run.createdAt()) + " · "
                + count(run.customers()) + " customers");
        select.setWidth("320px");
        return select;
    }
}
