package dev.clvops.platform.customer;

import org.jspecify.annotations.Nullable;

/**
 * One feature's SHAP contribution to a customer's predicted value (in the model's margin space).
 *
 * @param feature      the feature name
 * @param value        the customer's value of the feature, null when not a finite number
 * @param contribution the SHAP value: positive raises the prediction, negative lowers it
 */
public record ShapFactor(String feature, @Nullable Double value, double contribution) {
}
