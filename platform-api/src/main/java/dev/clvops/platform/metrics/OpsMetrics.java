package dev.clvops.platform.metrics;

import java.time.Duration;

/** Port: operational metrics that the monitoring and training jobs report (names in {@link MetricNames}). */
public interface OpsMetrics {

    /** Sets a feature's drift gauges; {@code ksD} is NaN for categorical features, which have no KS test. */
    void recordFeatureDrift(String feature, double psi, double ksD);

    /** Sets the dataset-drift flag of the last drift check. */
    void recordDatasetDrift(boolean drifted);

    /** Marks {@code version} as the family's champion, replacing the previous champion's series. */
    void recordChampion(String family, int version);

    /** Records one training of the family. */
    void recordTraining(String family, Duration duration);

    /** Counts one retrain by outcome, e.g. {@code promoted}, {@code kept}, {@code failed}. */
    void recordRetrain(String outcome);

    /** Records one scoring run: customers scored and its duration (throughput is their ratio). */
    void recordScoring(long customers, Duration duration);
}
