package dev.clvops.platform.customer;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One customer's prediction by the model that scored them last.
 *
 * @param family            the model family, e.g. {@code bgnbd}
 * @param modelVersion      the registered version that scored
 * @param horizonDays       the prediction horizon in days
 * @param clv               predicted value over the horizon
 * @param clvP10            the 10th percentile of the value, when the family gives an interval
 * @param clvP90            the 90th percentile of the value, when the family gives an interval
 * @param pAlive            probability the customer is still active, for transaction models
 * @param expectedPurchases expected purchases over the horizon, for transaction models
 * @param factors           the top SHAP factors, largest first; empty for families without explanations
 */
public record ScoredCustomer(String family, int modelVersion, int horizonDays, double clv, @Nullable Double clvP10,
                             @Nullable Double clvP90, @Nullable Double pAlive, @Nullable Double expectedPurchases,
                             List<ShapFactor> factors) {

    public ScoredCustomer {
        factors = List.copyOf(factors);
    }
}
