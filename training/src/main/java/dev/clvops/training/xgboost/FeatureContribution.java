package dev.clvops.training.xgboost;

/**
 * One feature's SHAP contribution to a customer's prediction, in the value booster's margin space
 * ({@code log1p(value)} for {@link XgboostObjective#LOG1P}, {@code log(value)} for {@link XgboostObjective#TWEEDIE}).
 *
 * @param feature the feature name
 * @param value the customer's feature value
 * @param contribution the SHAP value
 */
public record FeatureContribution(String feature, double value, double contribution) {
}
