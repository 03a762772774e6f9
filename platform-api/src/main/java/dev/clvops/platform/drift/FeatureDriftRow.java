package dev.clvops.platform.drift;

/**
 * One feature of a drift report.
 *
 * @param feature the feature, e.g. {@code frequency}; {@code predicted_clv} for the prediction
 * @param kind {@code NUMERIC} or {@code CATEGORICAL}
 * @param psi the population stability index against the reference
 * @param statistic the test statistic: KS D for numeric features, chi-squared for categorical ones
 * @param pValue the test's p-value
 * @param effectSize the effect size (KS D or Cramer's V)
 * @param verdict {@code NONE}, {@code WARNING} or {@code ALERT}
 * @param drifted whether the feature counts as drifted
 */
public record FeatureDriftRow(String feature, String kind, double psi, double statistic, double pValue,
                              double effectSize, String verdict, boolean drifted) {
}
