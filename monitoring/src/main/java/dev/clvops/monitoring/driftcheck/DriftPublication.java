package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.FeatureDrift;
import dev.clvops.monitoring.drift.FeatureKind;
import dev.clvops.monitoring.drift.MetricDrift;
import dev.clvops.platform.alerts.Alert;
import dev.clvops.platform.alerts.AlertKind;
import dev.clvops.platform.alerts.AlertPublisher;
import dev.clvops.platform.alerts.AlertSeverity;
import dev.clvops.platform.metrics.OpsMetrics;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code publish} step: every feature's PSI and KS D (the predicted CLV as {@code predicted_clv}) and the
 * dataset flag go to the gauges; a report with any drift raises one DRIFT alert, CRITICAL when performance
 * degraded, else WARNING.
 */
final class DriftPublication {

    private final OpsMetrics metrics;
    private final AlertPublisher alerts;
    private final Clock clock;

    DriftPublication(OpsMetrics metrics, AlertPublisher alerts, Clock clock) {
        this.metrics = metrics;
        this.alerts = alerts;
        this.clock = clock;
    }

    void publish(MonitorReport report) {
        report.features().forEach(this::gauge);
        if (report.prediction() != null) {
            gauge(report.prediction());
        }
        metrics.recordDatasetDrift(report.datasetDrift());
        if (report.alerts()) {
            alerts.publish(new Alert(AlertKind.DRIFT, report.performanceAlert() ? AlertSeverity.CRITICAL
                    : AlertSeverity.WARNING, title(report), details(report), clock.instant()));
        }
    }

    private void gauge(FeatureDrift feature) {
        metrics.recordFeatureDrift(feature.feature(), feature.psi(),
                feature.kind() == FeatureKind.NUMERIC ? feature.statistic() : Double.NaN);
    }

    private static String title(MonitorReport report) {
        return String.format(Locale.ROOT, "Drift on %s v%d:%s%s%s%s", report.family(), report.modelVersion(),
                report.datasetDrift() ? " dataset" : "", report.predictionAlert() ? " prediction" : "",
                report.performanceAlert() ? " performance" : "", report.parameterAlert() ? " parameters" : "");
    }

    private static Map<String, String> details(MonitorReport report) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reportId", Long.toString(report.reportId()));
        details.put("driftedFeatures", String.join(",", report.driftedFeatures()));
        details.put("driftedShare", String.format(Locale.ROOT, "%.3f", report.driftedShare()));
        if (report.prediction() != null) {
            details.put("predictionPsi", String.format(Locale.ROOT, "%.4f", report.prediction().psi()));
        }
        if (report.performance() != null) {
            report.performance().metrics().stream().filter(MetricDrift::alert).forEach(metric -> details.put(
                    metric.metric(), String.format(Locale.ROOT, "%.4f -> %.4f", metric.training(), metric.realised())));
        }
        report.parameters().stream().filter(ParameterShift::alert).forEach(shift -> details.put("param." + shift
                .parameter(), String.format(Locale.ROOT, "%.4f -> %.4f", shift.trained(), shift.refitted())));
        return details;
    }
}
