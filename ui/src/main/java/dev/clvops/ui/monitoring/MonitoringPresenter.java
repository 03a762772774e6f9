package dev.clvops.ui.monitoring;

import dev.clvops.platform.drift.DriftBaseline;
import dev.clvops.platform.drift.DriftHistory;
import dev.clvops.platform.drift.DriftReportSummary;
import dev.clvops.platform.drift.FeatureDriftRow;
import dev.clvops.platform.drift.MetricShift;
import dev.clvops.platform.drift.ParameterShift;
import dev.clvops.platform.drift.RetrainRecord;
import dev.clvops.platform.jobs.JobRun;
import dev.clvops.platform.jobs.JobRuns;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads the drift history and the monitored family's registry versions, and starts manual retrains. */
class MonitoringPresenter {

    /** How many past reports the PSI history chart shows. */
    static final int HISTORY_REPORTS = 30;

    private final DriftHistory history;
    private final ModelRegistry registry;
    private final JobRuns jobs;

    MonitoringPresenter(DriftHistory history, ModelRegistry registry, JobRuns jobs) {
        this.history = history;
        this.registry = registry;
        this.jobs = jobs;
    }

    Optional<DriftReportSummary> latest() {
        return history.latest();
    }

    List<FeatureDriftRow> features(long reportId) {
        return history.features(reportId);
    }

    PsiTrend trend() {
        return PsiTrend.of(history.psiHistory(HISTORY_REPORTS));
    }

    List<MetricShift> performance(long reportId) {
        return history.performance(reportId);
    }

    List<ParameterShift> parameters(long reportId) {
        return history.parameters(reportId);
    }

    Optional<DriftBaseline> baseline(DriftReportSummary report) {
        return history.baseline(report.family(), report.modelVersion());
    }

    List<RetrainRecord> decisions() {
        return history.retrainDecisions(50);
    }

    /** The monitored family's versions, newest first (the registry may be away: the caller tells the user). */
    List<ModelVersion> versions(String family) {
        return registry.listVersions(family).stream()
                .sorted((a, b) -> Integer.compare(b.version(), a.version())).toList();
    }

    JobRun retrain() {
        return jobs.start("retrain", Map.of());
    }

    /** A verdict in words: "drifted", "watch" or "stable". */
    static String verdict(String verdict) {
        return switch (verdict) {
            case "ALERT" -> "drifted";
            case "WARNING" -> "watch";
            default -> "stable";
        };
    }

    /** The numbers a decision was taken on, e.g. "newOrders 1200 · predictionPsi 0.31", leaving out the time. */
    static String facts(RetrainRecord decision) {
        return decision.facts().entrySet().stream().filter(e -> !e.getKey().equals("now"))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    /** A statistic with four decimals, as the feature table shows it. */
    static String stat(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
