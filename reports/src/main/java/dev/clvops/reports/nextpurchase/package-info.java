/**
 * Expected next purchase date, {@link dev.clvops.reports.nextpurchase.NextPurchaseEstimator}. Purchases of an active
 * customer are treated as a Poisson process, so gaps are exponential with rate lambda per day:
 * <ul>
 * <li>with a transaction model, lambda = expected_purchases / (p_alive x horizon): the model's expected purchases
 * over the horizon, divided by the chance of being alive, is the purchase count of an alive customer;</li>
 * <li>otherwise, from the customer's own history, lambda = repeat purchases / days between first and last order;</li>
 * <li>one-time buyers without a transaction model, and customers whose expected gap exceeds ten years, get no
 * estimate.</li>
 * </ul>
 * The expected date is the last order plus 1/lambda; the interval is the last order plus the exponential 10% and 90%
 * quantiles, -ln(0.9)/lambda and -ln(0.1)/lambda. A customer is overdue when the expected date lies before the
 * cutoff and P(alive) is below the threshold; without P(alive), when even the 90% date lies before the cutoff.
 */
@NullMarked
package dev.clvops.reports.nextpurchase;

import org.jspecify.annotations.NullMarked;
