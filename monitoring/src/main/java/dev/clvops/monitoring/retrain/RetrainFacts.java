package dev.clvops.monitoring.retrain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a retrain decision is taken on.
 *
 * @param now the decision time
 * @param forced a manual retrain that bypasses the drift trigger
 * @param driftReportId the latest drift report since the last training, or null
 * @param datasetDrift that report's dataset drift
 * @param predictionPsi that report's prediction PSI, or null
 * @param performanceDrift that report's performance alert
 * @param newOrders orders ingested since the last training started (all orders before the first training)
 * @param lastTrainingAt when the last training started, or null
 * @param retrainsLastWeek retrain decisions in the 7 days before {@code now}
 * @param trainingRunning whether a training run is in progress
 */
public record RetrainFacts(Instant now, boolean forced, @Nullable Long driftReportId, boolean datasetDrift,
                           @Nullable Double predictionPsi, boolean performanceDrift, long newOrders,
                           @Nullable Instant lastTrainingAt, int retrainsLastWeek, boolean trainingRunning) {
}
