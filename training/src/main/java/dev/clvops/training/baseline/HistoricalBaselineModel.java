package dev.clvops.training.baseline;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.training.probabilistic.DiscountSchedule;
import java.util.Map;
import org.hipparchus.distribution.discrete.PoissonDistribution;

/**
 * The historical baseline model. Purchases in a horizon of h units are rate · h with rate = x / T; CLV discounts
 * them with the same schedule as the BTYD families; the interval takes the purchase count as Poisson(rate · h),
 * valued at the discounted value per expected purchase. P(alive) is NaN: the baseline assumes nobody leaves.
 *
 * @param meanRate the training set's mean repeat-purchase rate per unit
 * @param meanSpend the training set's mean spend of repeat customers
 * @param unit the unit of recency and T
 * @param schedule the discounting periods
 * @param provenance where the model came from
 */
record HistoricalBaselineModel(double meanRate, double meanSpend, TimeUnit unit, DiscountSchedule schedule,
                               ModelProvenance provenance) implements ClvModel {

    static double rate(CustomerRow row) {
        return row.t() > 0 ? row.frequency() / row.t() : 0;
    }

    @Override
    public String family() {
        return HistoricalBaselineTrainer.FAMILY;
    }

    @Override
    public Map<String, Double> parameters() {
        return Map.of("meanRate", meanRate, "meanSpend", meanSpend);
    }

    @Override
    public CustomerPrediction predict(CustomerRow row, int horizonDays, ClvSettings settings) {
        double rate = rate(row);
        double purchases = rate * unit.fromDays(horizonDays);
        double spend = row.frequency() > 0 ? row.monetaryValue() : 0;
        double discounted = schedule.discountedPurchases(days -> rate * unit.fromDays(days), horizonDays,
                settings.annualDiscountRate());
        double clv = settings.grossMargin() * spend * discounted;
        if (purchases <= 0) {
            return new CustomerPrediction(row.customerId(), 0, Double.NaN, spend, 0, 0, 0, 0);
        }
        PoissonDistribution count = new PoissonDistribution(purchases);
        double valuePerPurchase = clv / purchases;
        return new CustomerPrediction(row.customerId(), purchases, Double.NaN, spend, clv,
                count.inverseCumulativeProbability(0.1) * valuePerPurchase,
                count.inverseCumulativeProbability(0.5) * valuePerPurchase,
                count.inverseCumulativeProbability(0.9) * valuePerPurchase);
    }
}
