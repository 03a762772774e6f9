package dev.clvops.deploy.cli;

import dev.clvops.monitoring.drift.FeatureDrift;
import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.monitoring.driftcheck.MonitorReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "monitor", description = {"Checks the champion for drift: the latest as-of-now snapshot and predictions "
        + "against its training snapshot, realised performance of matured scoring runs and refitted BTYD parameters.",
        "The report is stored (drift_reports), published as gauges and alerted when anything drifted."})
final class MonitorCommand implements Callable<Integer> {

    private final Supplier<DriftMonitor> monitor;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print the report as one JSON document.")
    private boolean json;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    MonitorCommand(Supplier<DriftMonitor> monitor) {
        this.monitor = monitor;
    }

    @Override
    public Integer call() {
        MonitorReport report = monitor.get().monitor();
        Output.print(spec, json, report, human(report));
        return ClvopsCli.OK;
    }

    private static String human(MonitorReport report) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Drift report %d: %s v%d, snapshot %d against training snapshot %d%n", report.reportId(),
                report.family(), report.modelVersion(), report.currentSnapshotId(), report.referenceSnapshotId()));
        for (FeatureDrift feature : report.features()) {
            text.append(line(feature));
        }
        if (report.prediction() != null) {
            text.append(line(report.prediction()));
        }
        text.append(String.format(Locale.ROOT, "Dataset drift: %s (%.0f%% of features)%n",
                report.datasetDrift() ? "YES" : "no", 100 * report.driftedShare()));
        if (report.performance() != null) {
            report.performance().metrics().forEach(metric -> text.append(String.format(Locale.ROOT,
                    "Performance %-16s training %.4f realised %.4f%s%n", metric.metric(), metric.training(),
                    metric.realised(), metric.alert() ? "  ALERT" : "")));
        }
        if (report.refitCohort() != null) {
            text.append(String.format(Locale.ROOT, "Parameters refitted on the %d customers acquired in the last %d"
                    + " days%n", report.refitCohort().customers(), report.refitCohort().windowDays()));
        }
        report.parameters().forEach(shift -> text.append(String.format(Locale.ROOT,
                "Parameter %-12s trained %.4f refitted %.4f (%+.0f%%)%s%n", shift.parameter(), shift.trained(),
                shift.refitted(), 100 * shift.relativeChange(), shift.alert() ? "  ALERT" : "")));
        return text.toString().stripTrailing();
    }

    private static String line(FeatureDrift feature) {
        return String.format(Locale.ROOT, "  %-20s PSI %.4f  %s %.4f  %s%n", feature.feature(), feature.psi(),
                feature.kind().name().equals("NUMERIC") ? "KS D" : "V   ", feature.effectSize(), feature.verdict());
    }
}
