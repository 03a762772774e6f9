package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.ModelProvenance;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;

/**
 * BTYD CLV: a transaction model (BG/NBD or Pareto/NBD) composed with the Gamma-Gamma spend model, as lifetimes'
 * {@code customer_lifetime_value}: CLV = margin · E[spend] · Σ_k (E[X(t_k)] − E[X(t_{k−1})]) / (1 + d)^k.
 * <p>
 * Interval: P10/P50/P90 are the quantiles n_q of the number of purchases in the horizon given the history
 * (BG/NBD: closed-form conditional P(X(t) = n); Pareto/NBD: seeded Monte Carlo), valued at the model's discounted
 * value per expected purchase, n_q · CLV / E[X(h)]. Spend is taken at its conditional expectation, so the interval
 * reflects purchase-count uncertainty only.
 *
 * @param transactions the transaction model
 * @param spend the spend model
 * @param schedule how the horizon is cut into discounting periods
 * @param provenance the composed provenance (the transaction family, both models' hyper-parameters)
 */
public record BtydClvModel(TransactionModel transactions, GammaGammaModel spend, DiscountSchedule schedule,
                           ModelProvenance provenance) implements ClvModel {

    private static final double[] INTERVAL = {0.1, 0.5, 0.9};

    /**
     * Composes separately fitted models; the provenance is the transaction model's with the spend model's
     * hyper-parameters under {@code spend.}, the spend family and the discount step.
     */
    public static BtydClvModel compose(TransactionModel transactions, GammaGammaModel spend,
                                       DiscountSchedule schedule) {
        ModelProvenance t = transactions.provenance();
        Map<String, String> hyperParameters = new HashMap<>(t.hyperParameters());
        spend.provenance().hyperParameters().forEach((name, value) -> hyperParameters.put("spend." + name, value));
        hyperParameters.put("spendModel", spend.family());
        hyperParameters.put("discountStepDays", Integer.toString(schedule.stepDays()));
        ModelProvenance composed = new ModelProvenance(t.family(), t.snapshot(), t.cutoff(), t.horizonDays(),
                t.featureSetVersion(), hyperParameters, Provenances.SEED, t.codeVersion(),
                spend.provenance().trainedAt());
        return new BtydClvModel(transactions, spend, schedule, composed);
    }

    @Override
    public String family() {
        return transactions.family();
    }

    @Override
    public Map<String, Double> parameters() {
        SequencedMap<String, Double> map = new LinkedHashMap<>(transactions.parameters());
        spend.parameters().forEach((name, value) -> map.put("spend." + name, value));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public CustomerPrediction predict(CustomerRow row, int horizonDays, ClvSettings settings) {
        double horizon = transactions.unit().fromDays(horizonDays);
        double purchases = transactions.expectedPurchases(row, horizon);
        double expectedSpend = spend.expectedSpend(row);
        double discounted = schedule.discountedPurchases(
                days -> transactions.expectedPurchases(row, transactions.unit().fromDays(days)),
                horizonDays, settings.annualDiscountRate());
        double clv = settings.grossMargin() * expectedSpend * discounted;
        double valuePerPurchase = purchases > 0 ? clv / purchases : 0;
        int[] counts = transactions.purchaseQuantiles(row, horizon, INTERVAL);
        return new CustomerPrediction(row.customerId(), purchases, transactions.probabilityAlive(row), expectedSpend,
                clv, counts[0] * valuePerPurchase, counts[1] * valuePerPurchase, counts[2] * valuePerPurchase);
    }
}
