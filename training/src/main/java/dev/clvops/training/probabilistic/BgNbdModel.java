package dev.clvops.training.probabilistic;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.ModelProvenance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * A fitted BG/NBD model (Fader, Hardie & Lee 2005). Given alive at T with history (x, t_x, T), a customer's future
 * is a new BG/NBD customer with parameters (r + x, α + T, a, b + x), so every conditional quantity below is the
 * new-customer expression with updated parameters, weighted by P(alive).
 *
 * @param r NBD shape
 * @param alpha NBD scale (in {@code unit})
 * @param a beta-geometric dropout parameter a
 * @param b beta-geometric dropout parameter b
 * @param logLikelihood the maximised log-likelihood
 * @param unit the time unit of recency, T and predictions' t
 * @param provenance where the model came from
 */
public record BgNbdModel(double r, double alpha, double a, double b, double logLikelihood, TimeUnit unit,
                         ModelProvenance provenance) implements TransactionModel {

    /** Restores a model from its {@link #parameters()} (the stored form in the model registry). */
    public static BgNbdModel of(Map<String, Double> parameters, TimeUnit unit, ModelProvenance provenance) {
        return new BgNbdModel(Parameters.get(parameters, "r"), Parameters.get(parameters, "alpha"),
                Parameters.get(parameters, "a"), Parameters.get(parameters, "b"),
                Parameters.get(parameters, "logLikelihood"), unit, provenance);
    }

    @Override
    public String family() {
        return BgNbdTrainer.FAMILY;
    }

    @Override
    public Map<String, Double> parameters() {
        SequencedMap<String, Double> map = new LinkedHashMap<>();
        map.put("r", r);
        map.put("alpha", alpha);
        map.put("a", a);
        map.put("b", b);
        map.put("logLikelihood", logLikelihood);
        return Collections.unmodifiableMap(map);
    }

    /** P(alive | x, t_x, T) = 1 / (1 + δ(x>0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x)); FHL 2005 Eq. 10's denominator. */
    @Override
    public double probabilityAlive(CustomerRow row) {
        int x = row.frequency();
        if (x == 0) {
            return 1;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1)
                + (r + x) * (Math.log(alpha + row.t()) - Math.log(alpha + row.recency()));
        return LogSpace.logistic(logOdds);
    }

    /** E[Y(t) | x, t_x, T], FHL 2005 Eq. 10. */
    @Override
    public double expectedPurchases(CustomerRow row, double t) {
        int x = row.frequency();
        return probabilityAlive(row) * expectation(r + x, alpha + row.t(), a, b + x, t);
    }

    /** E[X(t)] for a new customer, FHL 2005 Eq. 9. */
    public double expectedPurchasesNewCustomer(double t) {
        return expectation(r, alpha, a, b, t);
    }

    /** P(X(t) = n) for a new customer, FHL 2005 Eq. 8. */
    public double probabilityOfPurchasesNewCustomer(int n, double t) {
        return pmf(r, alpha, a, b, n, t);
    }

    /** P(X(T, T+t) = n | x, t_x, T): alive with P(alive) and then Eq. 8 with updated parameters, else zero. */
    public double conditionalProbabilityOfPurchases(CustomerRow row, int n, double t) {
        int x = row.frequency();
        double alive = probabilityAlive(row);
        double whenAlive = alive * pmf(r + x, alpha + row.t(), a, b + x, n, t);
        return n == 0 ? whenAlive + (1 - alive) : whenAlive;
    }

    @Override
    public int[] purchaseQuantiles(CustomerRow row, double t, double... probabilities) {
        return DiscreteQuantiles.of(n -> conditionalProbabilityOfPurchases(row, n, t), probabilities);
    }

    /**
     * FHL 2005 Eq. 9, (a+b−1)/(a−1) [1 − (α/(α+t))^r 2F1(r, b; a+b−1; t/(α+t))], after Euler's transformation
     * 2F1(A, B; C; z) = (1−z)^(C−A−B) 2F1(C−A, C−B; C; z) (Abramowitz & Stegun 15.3.3): the power of (1−z) then
     * collapses to (1−z)^(a−1) and the series keeps small numerator parameters even for large x.
     */
    static double expectation(double r, double alpha, double a, double b, double t) {
        if (t <= 0) {
            return 0;
        }
        double z = t / (alpha + t);
        double c = a + b - 1;
        double series = Hypergeometric.hyp2F1(c - r, a - 1, c, z);
        return c / (a - 1) * (1 - Math.exp((a - 1) * Math.log(alpha / (alpha + t))) * series);
    }

    /**
     * FHL 2005 Eq. 8 in logs; the bracket 1 − (α/(α+t))^r Σ_{j<n} NB_j is the negative-binomial tail
     * P(N >= n) = I_z(n, r), the regularized incomplete beta, which avoids the cancellation of the finite sum.
     */
    static double pmf(double r, double alpha, double a, double b, int n, double t) {
        if (t <= 0) {
            return n == 0 ? 1 : 0;
        }
        double logNoBuy = Math.log(alpha / (alpha + t));
        double logBuy = Math.log(t / (alpha + t));
        double first = Math.exp(Beta.logBeta(a, b + n) - Beta.logBeta(a, b) + Gamma.logGamma(r + n)
                - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0) + r * logNoBuy + n * logBuy);
        if (n == 0) {
            return first;
        }
        double tail = Beta.regularizedBeta(t / (alpha + t), n, r);
        return first + Math.exp(Beta.logBeta(a + 1, b + n - 1) - Beta.logBeta(a, b)) * tail;
    }
}
