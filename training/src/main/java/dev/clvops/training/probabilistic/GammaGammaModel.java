package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.ModelProvenance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * A fitted Gamma-Gamma spend model (Fader & Hardie 2013). On its own it predicts spend only (purchases, P(alive),
 * CLV and interval are NaN); {@link BtydClvModel} composes it with a transaction model.
 *
 * @param p shape of a purchase's value given the customer's mean
 * @param q shape of the customers' mean-spend distribution
 * @param gamma scale of the customers' mean-spend distribution
 * @param logLikelihood the maximised log-likelihood
 * @param customers repeat customers the model was fitted on
 * @param frequencyMonetaryCorrelation Pearson ρ between frequency and mean spend over those customers
 * @param provenance where the model came from
 */
public record GammaGammaModel(double p, double q, double gamma, double logLikelihood, int customers,
                              double frequencyMonetaryCorrelation, ModelProvenance provenance) implements ClvModel {

    /** Restores a model from its {@link #parameters()} and the number of customers it was fitted on. */
    public static GammaGammaModel of(Map<String, Double> parameters, int customers, ModelProvenance provenance) {
        return new GammaGammaModel(Parameters.get(parameters, "p"), Parameters.get(parameters, "q"),
                Parameters.get(parameters, "gamma"), Parameters.get(parameters, "logLikelihood"), customers,
                Parameters.get(parameters, "frequencyMonetaryCorrelation"), provenance);
    }

    @Override
    public String family() {
        return GammaGammaTrainer.FAMILY;
    }

    @Override
    public Map<String, Double> parameters() {
        SequencedMap<String, Double> map = new LinkedHashMap<>();
        map.put("p", p);
        map.put("q", q);
        map.put("gamma", gamma);
        map.put("logLikelihood", logLikelihood);
        map.put("frequencyMonetaryCorrelation", frequencyMonetaryCorrelation);
        return Collections.unmodifiableMap(map);
    }

    /** True when |ρ(frequency, spend)| exceeds {@link GammaGammaTrainer#CORRELATION_LIMIT}. */
    public boolean independenceViolated() {
        return Math.abs(frequencyMonetaryCorrelation) > GammaGammaTrainer.CORRELATION_LIMIT;
    }

    /** A message for users and logs when the independence assumption is broken. */
    public Optional<String> dependenceWarning() {
        if (!independenceViolated()) {
            return Optional.empty();
        }
        return Optional.of(("Gamma-Gamma assumes spend is independent of frequency, but their Pearson correlation is "
                + "%.3f over %d repeat customers (|rho| > %.1f): expected spend may be biased")
                .formatted(frequencyMonetaryCorrelation, customers, GammaGammaTrainer.CORRELATION_LIMIT));
    }

    /**
     * E[M | p, q, γ, m_x, x] = (q−1)/(px+q−1) · pγ/(q−1) + px/(px+q−1) · m_x = p(γ + x m_x)/(px+q−1)
     * (Fader-Hardie 2013, conditional expectation); with x = 0 it is the population mean pγ/(q−1).
     */
    public double expectedSpend(CustomerRow row) {
        int x = row.frequency();
        double spend = x > 0 ? row.monetaryValue() : 0;
        double denominator = p * x + q - 1;
        if (denominator <= 0) {
            throw new IllegalStateException("Gamma-Gamma mean spend is undefined for q = " + q + " and x = " + x);
        }
        return p * (gamma + x * spend) / denominator;
    }

    @Override
    public CustomerPrediction predict(CustomerRow row, int horizonDays, ClvSettings settings) {
        return new CustomerPrediction(row.customerId(), Double.NaN, Double.NaN, expectedSpend(row), Double.NaN,
                Double.NaN, Double.NaN, Double.NaN);
    }
}
