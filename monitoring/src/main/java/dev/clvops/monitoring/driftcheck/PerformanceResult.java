package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.MetricDrift;
import java.time.LocalDate;
import java.util.List;

/**
 * Realised against training-time metrics of the model that scored a snapshot whose horizon has passed.
 *
 * @param scoringRunId the matured scoring run
 * @param snapshotId its as-of-now snapshot
 * @param family the family that scored it
 * @param modelVersion the version that scored it
 * @param cutoff the snapshot's cutoff; realised values are the orders in (cutoff, cutoff + horizon] net of returns
 * @param horizonDays the scoring horizon
 * @param customers customers compared
 * @param metrics each judged metric
 * @param alert whether any metric degraded beyond its tolerance
 */
public record PerformanceResult(long scoringRunId, long snapshotId, String family, int modelVersion,
                                LocalDate cutoff, int horizonDays, int customers, List<MetricDrift> metrics,
                                boolean alert) {

    public PerformanceResult {
        metrics = List.copyOf(metrics);
    }
}
