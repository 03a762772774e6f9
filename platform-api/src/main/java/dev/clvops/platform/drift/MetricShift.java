package dev.clvops.platform.drift;

/**
 * A metric measured in the training arena against the same metric on realised outcomes.
 *
 * @param metric e.g. {@code normalizedGini}, {@code rmse}
 * @param training the value at training time
 * @param realised the value on realised outcomes
 * @param degradation how much worse the realised value is (relative or absolute, per the metric's tolerance)
 * @param alert whether the degradation exceeds the tolerance
 */
public record MetricShift(String metric, double training, double realised, double degradation, boolean alert) {
}
