package dev.clvops.deploy.monitoring;

import dev.clvops.monitoring.retrain.RetrainDecisions;
import dev.clvops.platform.alerts.Alert;
import dev.clvops.platform.alerts.AlertKind;
import dev.clvops.platform.alerts.AlertPublisher;
import dev.clvops.platform.alerts.AlertSeverity;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.metrics.OpsMetrics;
import dev.clvops.platform.monitoring.RetrainRequested;
import dev.clvops.platform.registry.PromotionDecision;
import dev.clvops.training.pipeline.TrainingReport;
import dev.clvops.training.pipeline.TrainingRequest;
import dev.clvops.training.pipeline.TrainingService;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;

/**
 * Trains when monitoring asks ({@link RetrainRequested}, on the policy's thread so its single-flight lock holds):
 * the default training request, the promotion gate decides; the outcome ({@code promoted}, {@code kept} or
 * {@code failed}) is stored with the decision, counted and alerted.
 */
class RetrainListener {

    private final TrainingService training;
    private final RetrainDecisions decisions;
    private final OpsMetrics metrics;
    private final AlertPublisher alerts;
    private final Clock clock;

    RetrainListener(TrainingService training, RetrainDecisions decisions, OpsMetrics metrics, AlertPublisher alerts,
                    Clock clock) {
        this.training = training;
        this.decisions = decisions;
        this.metrics = metrics;
        this.alerts = alerts;
        this.clock = clock;
    }

    @EventListener
    void retrain(RetrainRequested request) {
        TrainingReport report;
        try {
            report = training.train(TrainingRequest.latest(), ProgressListener.NONE);
        } catch (RuntimeException e) {
            finish(request, "failed", null, AlertSeverity.CRITICAL, Map.of("error", String.valueOf(e.getMessage())));
            return;
        }
        var promoted = report.decisions().stream().filter(PromotionDecision::promoted).toList();
        promoted.forEach(decision -> metrics.recordChampion(decision.family(), decision.candidateVersion()));
        finish(request, promoted.isEmpty() ? "kept" : "promoted", report.runId(), AlertSeverity.INFO, Map.of(
                "trainingRunId", Long.toString(report.runId()),
                "promoted", promoted.stream().map(d -> d.family() + " v" + d.candidateVersion())
                        .collect(Collectors.joining(","))));
    }

    private void finish(RetrainRequested request, String outcome, @Nullable Long trainingRunId, AlertSeverity severity,
                        Map<String, String> facts) {
        decisions.recordOutcome(request.decisionId(), outcome, trainingRunId);
        metrics.recordRetrain(outcome);
        var details = new java.util.LinkedHashMap<>(facts);
        details.put("decisionId", Long.toString(request.decisionId()));
        details.put("reason", request.reason());
        alerts.publish(new Alert(AlertKind.RETRAIN, severity, "Retrain " + outcome, details, clock.instant()));
    }
}
