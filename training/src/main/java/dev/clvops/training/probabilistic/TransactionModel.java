package dev.clvops.training.probabilistic;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;

/**
 * A fitted BTYD transaction model (BG/NBD, Pareto/NBD): purchases and survival only. On its own it predicts no
 * value (spend, CLV and interval are NaN); {@link BtydClvModel} composes it with a spend model.
 */
public interface TransactionModel extends ClvModel {

    /** The unit of recency, T and the time arguments below. */
    TimeUnit unit();

    /** Expected repeat purchases in the next {@code t} units, given the customer's history. */
    double expectedPurchases(CustomerRow row, double t);

    /** Probability the customer is still alive at the cutoff. */
    double probabilityAlive(CustomerRow row);

    /** Quantiles of the number of purchases in the next {@code t} units, given the history, in the given order. */
    int[] purchaseQuantiles(CustomerRow row, double t, double... probabilities);

    @Override
    default CustomerPrediction predict(CustomerRow row, int horizonDays, ClvSettings settings) {
        double purchases = expectedPurchases(row, unit().fromDays(horizonDays));
        return new CustomerPrediction(row.customerId(), purchases, probabilityAlive(row), Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN);
    }
}
