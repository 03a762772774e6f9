package dev.clvops.monitoring.drift;

/**
 * One metric at training time against its realised value.
 *
 * @param metric the metric name
 * @param training the value measured in the training arena
 * @param realised the value measured on realised outcomes
 * @param degradation how much worse the realised value is (relative or absolute, per its tolerance)
 * @param alert whether the degradation exceeds the tolerance
 */
public record MetricDrift(String metric, double training, double realised, double degradation, boolean alert) {
}
