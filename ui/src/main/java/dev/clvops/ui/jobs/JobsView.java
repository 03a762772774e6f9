package dev.clvops.ui.jobs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.health.JobRunSummary;
import dev.clvops.platform.jobs.JobRun;
import dev.clvops.platform.jobs.JobRuns;
import dev.clvops.platform.jobs.JobState;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every job run with live progress (pushed once a second), start and stop, and the Spring Batch executions. */
@Route(value = "jobs", layout = MainLayout.class)
@PageTitle("Jobs · clvops")
@Menu(order = 13, title = "Jobs")
@RolesAllowed({Roles.ADMIN, Roles.OPS})
public class JobsView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(JobsView.class);

    private final JobsPresenter presenter;
    private final boolean operator = Roles.currentUserHasAny(Roles.OPS, Roles.ADMIN);
    private final Grid<JobRun> runs = new Grid<>();
    private final Grid<JobRunSummary> executions = new Grid<>();
    private final Span empty = new Span();
    private List<JobRun> shown = List.of();
    private Thread refresher;

    public JobsView(JobRuns jobs) {
        presenter = new JobsPresenter(jobs);
        add(Blocks.title("Jobs"), Blocks.help("Every run of a pipeline job: ingest (an upload), snapshot (builds "
                + "customer features), train (fits and compares the model families), score (predicts every "
                + "customer's CLV), monitor (checks drift), retrain (asks the retrain policy) and report (refreshes "
                + "the analytics). Runs are kept after they end and across restarts. Stop asks a running job to "
                + "finish its current step and end; the lower table lists every Spring Batch execution, including "
                + "those the command line and the scheduler started."));
        if (operator) {
            add(createStarter());
        }
        empty.add(Blocks.empty("No job has run yet — pick a kind above and press Start, or upload orders on the "
                + "Data tab."));
        add(empty, createRuns(), new H3("Spring Batch executions"), createExecutions());
        refresh();
    }

    private Component createStarter() {
        Map<String, String> kinds = presenter.startableKinds();
        ComboBox<String> kind = new ComboBox<>("Job", kinds.keySet());
        kind.setId("job-kind");
        kind.setItemLabelGenerator(k -> k + " — " + kinds.get(k));
        kind.setWidth("420px");
        TextField parameters = new TextField("Parameters (optional, key=value, comma separated)");
        parameters.setId("job-parameters");
        parameters.setWidth("320px");
        Button start = new Button("Start", click -> start(kind.getValue(), parameters.getValue()));
        start.setId("job-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout starter = new HorizontalLayout(kind, parameters, start);
        starter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return starter;
    }

    private void start(String kind, String parameters) {
        if (kind == null) {
            Notification.show("Pick the job to start first.", 4000, Notification.Position.MIDDLE);
            return;
        }
        try {
            JobRun run = presenter.start(kind, parameters);
            Notification.show("Started " + kind + " (run " + run.id() + ")", 3000, Notification.Position.BOTTOM_END);
            refresh();
        } catch (RuntimeException e) {
            log.warn("Cannot start job {}", kind, e);
            error("The job could not start: " + e.getMessage());
        }
    }

    private Component createRuns() {
        runs.setId("job-runs");
        runs.addColumn(JobRun::id).setHeader("Run").setAutoWidth(true).setFlexGrow(0);
        runs.addColumn(JobRun::kind).setHeader("Job").setWidth("110px").setFlexGrow(0);
        runs.addColumn(run -> run.state().name()).setHeader("Status").setWidth("130px").setFlexGrow(0);
        runs.addComponentColumn(this::progress).setHeader("Progress").setFlexGrow(2);
        runs.addColumn(run -> run.startedAt() == null ? "queued" : run.startedAt().toString().substring(0, 19)
                .replace('T', ' ')).setHeader("Started (UTC)").setAutoWidth(true);
        runs.addColumn(run -> JobsPresenter.duration(run, Instant.now())).setHeader("Duration").setAutoWidth(true);
        runs.addColumn(run -> run.error() == null ? "" : run.error()).setHeader("Error").setFlexGrow(2);
        if (operator) {
            runs.addComponentColumn(this::stopButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        runs.setHeight("420px");
        return runs;
    }

    private Component progress(JobRun run) {
        ProgressBar bar = new ProgressBar();
        bar.setId("job-progress-" + run.id());
        double value = JobsPresenter.bar(run);
        bar.setIndeterminate(value < 0);
        bar.setValue(Math.max(0, value));
        Span text = new Span(run.message());
        text.getStyle().setFontSize("var(--lumo-font-size-s)");
        return new Div(bar, text);
    }

    private Component stopButton(JobRun run) {
        if (run.state().ended()) {
            return new Span();
        }
        Button stop = new Button("Stop", click -> {
            if (!presenter.stop(run.id())) {
                error("Run " + run.id() + " has already ended or runs on another server.");
            }
            refresh();
        });
        stop.setId("job-stop-" + run.id());
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        stop.setEnabled(run.state() != JobState.STOPPING);
        return stop;
    }

    private Component createExecutions() {
        executions.setId("batch-executions");
        executions.addColumn(JobRunSummary::executionId).setHeader("Execution").setAutoWidth(true).setFlexGrow(0);
        executions.addColumn(JobRunSummary::jobName).setHeader("Batch job");
        executions.addColumn(JobRunSummary::status).setHeader("Status");
        executions.addColumn(e -> e.startedAt() == null ? "" : e.startedAt().toString()).setHeader("Started");
        executions.addColumn(e -> e.endedAt() == null ? "running" : e.endedAt().toString()).setHeader("Ended");
        executions.setHeight("300px");
        return executions;
    }

    private void refresh() {
        try {
            List<JobRun> latest = presenter.runs();
            empty.setVisible(latest.isEmpty());
            if (!latest.equals(shown) || latest.stream().anyMatch(run -> !run.state().ended())) {
                shown = latest;
                runs.setItems(latest);
                executions.setItems(presenter.batchExecutions());
            }
        } catch (RuntimeException e) {
            log.warn("Cannot list the job runs", e);
            error("The job list could not be read; the server log has the details.");
        }
    }

    private void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        refresher = Thread.ofVirtual().name("ui-jobs-refresh").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1000);
                    ui.access(this::refresh).get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                log.debug("Jobs refresher ends: {}", e.toString());
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (refresher != null) {
            refresher.interrupt();
        }
    }
}
