package dev.clvops.ui.monitoring;

import static dev.clvops.ui.monitoring.MonitoringPresenter.stat;
import static dev.clvops.ui.shell.Blocks.percent;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import dev.clvops.platform.drift.DriftReportSummary;
import dev.clvops.platform.drift.FeatureDriftRow;
import dev.clvops.platform.drift.MetricShift;
import dev.clvops.platform.drift.ParameterShift;
import dev.clvops.platform.drift.RetrainRecord;
import dev.clvops.platform.jobs.JobRuns;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.ui.chart.ChartOptions;
import dev.clvops.ui.chart.EChart;
import dev.clvops.ui.shell.Blocks;
import dev.clvops.ui.shell.MainLayout;
import dev.clvops.ui.shell.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The champion's latest drift check, PSI history, baseline, retrain decisions, versions and a manual retrain. */
@Route(value = "monitoring", layout = MainLayout.class)
@PageTitle("Model monitoring · clvops")
@Menu(order = 9.5, title = "Model monitoring")
@RolesAllowed({Roles.ADMIN, Roles.OPS})
public class MonitoringView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(MonitoringView.class);

    private final MonitoringPresenter presenter;

    public MonitoringView(DriftHistory history, ModelRegistry registry, JobRuns jobs) {
        presenter = new MonitoringPresenter(history, registry, jobs);
        add(Blocks.title("Model monitoring"), Blocks.help("Drift means today's customers no longer look like the "
                + "customers the champion model learnt from. PSI (population stability index) measures how much a "
                + "feature's distribution moved: below 0.1 is stable, 0.1-0.25 worth watching, above 0.25 drifted. "
                + "KS D is the largest gap between the two cumulative distributions (0 = identical, 1 = disjoint). "
                + "Prediction drift is the same test on predicted CLV; performance drift compares realised accuracy "
                + "with the accuracy at training; parameter drift refits BG/NBD-type models and compares their "
                + "parameters. The retrain policy decides from these numbers whether to retrain."));
        if (Roles.currentUserHasAny(Roles.OPS, Roles.ADMIN)) {
            add(createRetrainButton());
        }
        presenter.latest().ifPresentOrElse(this::createReport, () -> add(Blocks.empty("No drift check yet — run "
                + "a check (./clvops monitor, or start a 'monitor' job on the Jobs tab) once a champion model exists.")));
        add(new H3("Retrain decisions"), createDecisions());
    }

    private void createReport(DriftReportSummary report) {
        add(Blocks.row(Blocks.kpi("drift-checked", "Checked", report.createdAt().toString().substring(0, 16)
                        .replace('T', ' ')),
                Blocks.kpi("drift-model", "Model", report.family() + " v" + report.modelVersion()),
                Blocks.kpi("drift-dataset", "Dataset drift", (report.datasetDrift() ? "yes" : "no") + " ("
                        + percent(report.driftedShare()) + " of features)"),
                Blocks.kpi("drift-prediction", "Prediction PSI", report.predictionPsi() == null ? "not scored"
                        : stat(report.predictionPsi()) + (report.predictionAlert() ? " drifted" : "")),
                Blocks.kpi("drift-performance", "Performance", report.performanceAlert() ? "degraded" : "ok"),
                Blocks.kpi("drift-parameters", "Parameters", report.parameterAlert() ? "moved" : "ok")));
        add(createBaseline(report), new H3("Features"), createFeatures(report), createTrend(),
                new H3("Prediction and performance"), createPerformance(report), new H3("Model parameters"),
                createParameters(report), new H3("Registry versions of " + report.family()), createVersions(report));
    }

    private Component createBaseline(DriftReportSummary report) {
        Paragraph baseline = new Paragraph(presenter.baseline(report).map(b -> "Baseline in use: " + b.family()
                + " v" + b.modelVersion() + ", trained on snapshot " + b.snapshotId() + " (" + b.features()
                + " feature profiles" + (b.predictionRunId() == null ? ", no prediction reference yet"
                : ", predictions of scoring run " + b.predictionRunId()) + "); compared with snapshot "
                + report.currentSnapshotId() + ".").orElse("Baseline: training snapshot "
                + report.referenceSnapshotId() + " of " + report.family() + " v" + report.modelVersion() + "."));
        baseline.setId("drift-baseline");
        return baseline;
    }

    private Component createFeatures(DriftReportSummary report) {
        Grid<FeatureDriftRow> grid = new Grid<>();
        grid.setId("drift-features");
        grid.addColumn(FeatureDriftRow::feature).setHeader("Feature");
        grid.addColumn(f -> f.kind().toLowerCase(java.util.Locale.ROOT)).setHeader("Kind");
        grid.addColumn(f -> stat(f.psi())).setHeader("PSI");
        grid.addColumn(f -> stat(f.statistic())).setHeader("KS D / chi²");
        grid.addColumn(f -> stat(f.pValue())).setHeader("p-value");
        grid.addColumn(f -> MonitoringPresenter.verdict(f.verdict())).setHeader("Verdict");
        grid.setItems(presenter.features(report.reportId()));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createTrend() {
        PsiTrend trend = presenter.trend();
        EChart chart = new EChart(900, 340);
        chart.setId("chart-psi-history");
        chart.setOption(ChartOptions.lines("PSI per feature over the last checks", trend.reports(), trend.series()));
        return chart;
    }

    private Component createPerformance(DriftReportSummary report) {
        List<MetricShift> metrics = presenter.performance(report.reportId());
        if (metrics.isEmpty()) {
            return Blocks.empty("No realised performance yet: it is measured once a scored snapshot's horizon has "
                    + "passed and its customers' real spend is known.");
        }
        Grid<MetricShift> grid = new Grid<>();
        grid.setId("performance-drift");
        grid.addColumn(MetricShift::metric).setHeader("Metric");
        grid.addColumn(m -> stat(m.training())).setHeader("At training");
        grid.addColumn(m -> stat(m.realised())).setHeader("Realised");
        grid.addColumn(m -> stat(m.degradation())).setHeader("Degradation");
        grid.addColumn(m -> m.alert() ? "degraded" : "ok").setHeader("Verdict");
        grid.setItems(metrics);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createParameters(DriftReportSummary report) {
        List<ParameterShift> shifts = presenter.parameters(report.reportId());
        if (shifts.isEmpty()) {
            return Blocks.empty("No parameter check for this model: only BTYD families (BG/NBD, Pareto/NBD, "
                    + "Gamma-Gamma) are refitted and compared.");
        }
        Grid<ParameterShift> grid = new Grid<>();
        grid.setId("parameter-drift");
        grid.addColumn(ParameterShift::parameter).setHeader("Parameter");
        grid.addColumn(p -> stat(p.trained())).setHeader("Champion");
        grid.addColumn(p -> stat(p.refitted())).setHeader("Refitted now");
        grid.addColumn(p -> percent(p.relativeChange())).setHeader("Change");
        grid.addColumn(p -> p.alert() ? "moved" : "ok").setHeader("Verdict");
        grid.setItems(shifts);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createVersions(DriftReportSummary report) {
        List<ModelVersion> versions;
        try {
            versions = presenter.versions(report.family());
        } catch (RuntimeException e) {
            log.warn("Cannot list the versions of {}", report.family(), e);
            return Blocks.empty("The model registry cannot be reached right now; the System health tab shows why.");
        }
        Grid<ModelVersion> grid = new Grid<>();
        grid.setId("monitored-versions");
        grid.addColumn(ModelVersion::version).setHeader("Version");
        grid.addColumn(v -> String.join(", ", v.aliases())).setHeader("Aliases");
        grid.addColumn(ModelVersion::status).setHeader("Status");
        grid.addColumn(v -> v.createdAt().toString()).setHeader("Registered");
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createDecisions() {
        List<RetrainRecord> decisions = presenter.decisions();
        if (decisions.isEmpty()) {
            return Blocks.empty("No retrain decision yet: the daily pipeline asks the retrain policy after each "
                    + "drift check, or press 'Retrain now'.");
        }
        Grid<RetrainRecord> grid = new Grid<>();
        grid.setId("retrain-decisions");
        grid.addColumn(d -> d.decidedAt().toString()).setHeader("Decided");
        grid.addColumn(d -> (d.retrain() ? "retrain" : "skip") + (d.forced() ? " (manual)" : "")).setHeader("Decision");
        grid.addColumn(RetrainRecord::reason).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(MonitoringPresenter::facts).setHeader("Numbers").setFlexGrow(3);
        grid.addColumn(d -> d.outcome() == null ? "" : d.outcome()).setHeader("Outcome");
        grid.setItems(decisions);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component createRetrainButton() {
        Button retrain = new Button("Retrain now", click -> {
            try {
                presenter.retrain();
                Notification.show("Retrain requested; follow it on the Jobs tab.", 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuntimeException e) {
                log.warn("Cannot start a retrain", e);
                Notification.show("The retrain could not start: " + e.getMessage(), 8000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        retrain.setId("retrain-now");
        retrain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return retrain;
    }
}
