package dev.clvops.ui.health;

import static dev.clvops.ui.health.HealthPresenter.bytes;
import static dev.clvops.ui.health.HealthPresenter.load;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.clvops.platform.drift.DriftHistory;
import dev.clvops.platform.health.ComponentHealth;
import dev.clvops.platform.health.ComponentVersion;
import dev.clvops.platform.health.DiskStats;
import dev.clvops.platform.health.HealthChecks;
import dev.clvops.platform.health.JobRunSummary;
import dev.clvops.platform.health.SystemHealthSource;
import dev.clvops.platform.health.SystemSnapshot;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Host, JVM, database, versions, health checks, drift status and last batch runs, refreshed on demand. */
@Route(value = "health", layout = MainLayout.class)
@PageTitle("System health · clvops")
@Menu(order = 12, title = "System health")
@RolesAllowed({Roles.ADMIN, Roles.OPS})
public class HealthView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(HealthView.class);

    private final HealthPresenter presenter;
    private final VerticalLayout content = new VerticalLayout();

    public HealthView(SystemHealthSource system, HealthChecks checks, DriftHistory drift) {
        presenter = new HealthPresenter(system, checks, drift);
        Button refresh = new Button("Refresh", click -> refresh());
        refresh.setId("health-refresh");
        content.setPadding(false);
        add(Blocks.title("System health"), Blocks.help("Whether the platform can do its work. UP means a check "
                + "passed, DEGRADED that it still serves but something needs attention (no champion model yet, "
                + "features older than allowed, registry away while registrations queue), DOWN that it cannot work. "
                + "Feature freshness is the age of the latest as-of-now feature snapshot; pipeline readiness lists "
                + "the batch jobs and whether the scheduler runs; the last runs show each batch job's latest "
                + "execution, however it was started."), refresh, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        try {
            SystemSnapshot snapshot = presenter.snapshot();
            content.add(createResources(snapshot), new H3("Health checks"), createChecks(), new H3("Drift"),
                    createDrift(), new H3("Dependencies"), createVersions(snapshot), new H3("Last batch job runs"),
                    createLastRuns(snapshot));
        } catch (RuntimeException e) {
            log.error("Cannot read the system health", e);
            Notification.show("The system health could not be read; the server log has the details.", 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Component createResources(SystemSnapshot s) {
        DiskStats disk = s.disks().isEmpty() ? null : s.disks().getFirst();
        return Blocks.row(Blocks.kpi("health-cpu", "CPU (host / clvops)", load(s.cpu().systemCpuLoad()) + " / "
                        + load(s.cpu().processCpuLoad()) + " on " + s.cpu().processors() + " cores"),
                Blocks.kpi("health-memory", "Memory used", bytes(s.memory().usedBytes()) + " of "
                        + bytes(s.memory().totalBytes())),
                Blocks.kpi("health-disk", "Disk free", disk == null ? "unknown" : bytes(disk.usableBytes()) + " of "
                        + bytes(disk.totalBytes())),
                Blocks.kpi("health-heap", "JVM heap", bytes(s.jvm().heapUsedBytes()) + " of "
                        + bytes(s.jvm().heapMaxBytes())),
                Blocks.kpi("health-uptime", "Up for", HealthPresenter.duration(s.jvm().uptime())),
                Blocks.kpi("health-db-status", "Database", s.database().reachable() ? "UP" : "DOWN"),
                Blocks.kpi("health-db-size", "Database size", s.database().reachable()
                        ? bytes(s.database().sizeBytes()) + " (PostgreSQL " + s.database().serverVersion() + ")"
                        : String.valueOf(s.database().error())));
    }

    private Component createChecks() {
        Grid<ComponentHealth> grid = new Grid<>();
        grid.setId("health-checks");
        grid.addColumn(c -> HealthPresenter.checkName(c.name())).setHeader("Check").setAutoWidth(true);
        grid.addColumn(ComponentHealth::status).setHeader("Status");
        grid.addColumn(HealthPresenter::details).setHeader("Details").setFlexGrow(4);
        grid.setItems(presenter.checks());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createDrift() {
        Paragraph drift = new Paragraph(presenter.drift().map(HealthPresenter::driftStatus)
                .orElse("No drift check yet — start a 'monitor' job on the Jobs tab once a champion exists."));
        drift.setId("health-drift");
        return drift;
    }

    private Component createVersions(SystemSnapshot snapshot) {
        Grid<ComponentVersion> grid = new Grid<>();
        grid.setId("health-versions");
        grid.addColumn(ComponentVersion::name).setHeader("Component");
        grid.addColumn(ComponentVersion::version).setHeader("Version");
        grid.setItems(snapshot.versions());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createLastRuns(SystemSnapshot snapshot) {
        if (snapshot.lastJobRuns().isEmpty()) {
            return Blocks.empty("No batch job has run yet — ingest orders on the Data tab or start a job on the "
                    + "Jobs tab.");
        }
        Grid<JobRunSummary> grid = new Grid<>();
        grid.setId("health-last-runs");
        grid.addColumn(JobRunSummary::jobName).setHeader("Job");
        grid.addColumn(JobRunSummary::status).setHeader("Status");
        grid.addColumn(r -> r.startedAt() == null ? "" : r.startedAt().toString()).setHeader("Started");
        grid.addColumn(r -> r.endedAt() == null ? "running" : r.endedAt().toString()).setHeader("Ended");
        grid.setItems(snapshot.lastJobRuns());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
