package dev.clvops.training.probabilistic;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.ModelProvenance;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import org.hipparchus.random.RandomDataGenerator;

/**
 * A fitted Pareto/NBD model (Schmittlein, Morrison & Colombo 1987; expressions from Fader & Hardie 2005 note).
 *
 * @param r NBD shape
 * @param alpha NBD scale (in {@code unit})
 * @param s Pareto (gamma-exponential) dropout shape
 * @param beta Pareto dropout scale (in {@code unit})
 * @param logLikelihood the maximised log-likelihood
 * @param intervalDraws Monte Carlo draws per customer for purchase quantiles (seed 0)
 * @param unit the time unit of recency, T and predictions' t
 * @param provenance where the model came from
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta, double logLikelihood, int intervalDraws,
                             TimeUnit unit, ModelProvenance provenance) implements TransactionModel {

    static final int DEFAULT_DRAWS = 1_000;

    /** Restores a model from its {@link #parameters()} (the stored form in the model registry). */
    public static ParetoNbdModel of(Map<String, Double> parameters, int intervalDraws, TimeUnit unit,
                                    ModelProvenance provenance) {
        return new ParetoNbdModel(Parameters.get(parameters, "r"), Parameters.get(parameters, "alpha"),
                Parameters.get(parameters, "s"), Parameters.get(parameters, "beta"),
                Parameters.get(parameters, "logLikelihood"), intervalDraws, unit, provenance);
    }

    @Override
    public String family() {
        return ParetoNbdTrainer.FAMILY;
    }

    @Override
    public Map<String, Double> parameters() {
        SequencedMap<String, Double> map = new LinkedHashMap<>();
        map.put("r", r);
        map.put("alpha", alpha);
        map.put("s", s);
        map.put("beta", beta);
        map.put("logLikelihood", logLikelihood);
        return Collections.unmodifiableMap(map);
    }

    /** P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) (α+T)^(r+x) (β+T)^s A0) (Fader-Hardie 2005 note). */
    @Override
    public double probabilityAlive(CustomerRow row) {
        return LogSpace.logistic(ParetoNbdMath.logDeadOdds(r, alpha, s, beta, row.frequency(), row.recency(),
                row.t()));
    }

    /**
     * E[Y(t) | x, t_x, T] = (r+x)(β+T) / ((α+T)(s−1)) [1 − ((β+T)/(β+T+t))^(s−1)] P(alive)
     * (Schmittlein et al. 1987; Fader-Hardie 2005 note, conditional expectation); the s → 1 limit is
     * (r+x)(β+T)/(α+T) ln((β+T+t)/(β+T)).
     */
    @Override
    public double expectedPurchases(CustomerRow row, double t) {
        double rate = (r + row.frequency()) / (alpha + row.t());
        double scale = beta + row.t();
        double logShrink = Math.log(scale / (scale + t));
        double lifetime = Math.abs(s - 1) < 1e-9 ? -scale * logShrink : scale * -Math.expm1((s - 1) * logShrink) / (s - 1);
        return rate * lifetime * probabilityAlive(row);
    }

    /**
     * Quantiles of Y(t) by Monte Carlo with seed 0: alive with P(alive); then, from the posterior given alive at T,
     * λ ~ Gamma(r+x, α+T), the remaining lifetime τ is Lomax(s, β+T) (μ ~ Gamma(s, β+T) integrated out, drawn by
     * inverting its survival function ((β+T)/(β+T+u))^s), and Y ~ Poisson(λ min(τ, t)).
     */
    @Override
    public int[] purchaseQuantiles(CustomerRow row, double t, double... probabilities) {
        RandomDataGenerator random = new RandomDataGenerator(Provenances.SEED);
        double alive = probabilityAlive(row);
        double scale = beta + row.t();
        int[] draws = new int[intervalDraws];
        for (int i = 0; i < intervalDraws; i++) {
            if (random.nextUniform(0, 1) >= alive) {
                continue;
            }
            double lambda = random.nextGamma(r + row.frequency(), 1 / (alpha + row.t()));
            double lifetime = scale * (Math.pow(1 - random.nextUniform(0, 1), -1 / s) - 1);
            double mean = lambda * Math.min(lifetime, t);
            draws[i] = mean > 0 ? random.nextPoisson(mean) : 0;
        }
        Arrays.sort(draws);
        int[] result = new int[probabilities.length];
        for (int q = 0; q < probabilities.length; q++) {
            result[q] = draws[(int) Math.min(intervalDraws - 1, Math.ceil(probabilities[q] * intervalDraws) - 1)];
        }
        return result;
    }
}
