package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.special.Gamma;
import org.hipparchus.stat.correlation.PearsonsCorrelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value") on repeat
 * customers (frequency > 0 with a positive mean spend), and checks its frequency–spend independence assumption.
 */
public final class GammaGammaTrainer implements ClvTrainer {

    public static final String FAMILY = "gammagamma";
    /** |Pearson ρ(frequency, spend)| above this breaks the model's independence assumption. */
    public static final double CORRELATION_LIMIT = 0.3;

    private static final Logger LOG = LoggerFactory.getLogger(GammaGammaTrainer.class);

    private final OptimiserSettings settings;

    public GammaGammaTrainer() {
        this(OptimiserSettings.DEFAULT);
    }

    public GammaGammaTrainer(OptimiserSettings settings) {
        this.settings = settings;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public GammaGammaModel fit(TrainingSet set) {
        List<CustomerRow> repeat = set.rows().stream().filter(row -> row.frequency() > 0 && row.monetaryValue() > 0)
                .toList();
        if (repeat.size() < 3) {
            throw new IllegalArgumentException("Gamma-Gamma needs at least 3 repeat customers with spend, got "
                    + repeat.size() + " of " + set.rows().size());
        }
        double correlation = correlation(repeat);
        SpendGroups groups = SpendGroups.of(repeat);
        double meanSpend = groups.meanSpend();
        LogParameterFit.Result fit = LogParameterFit.maximise(groups::logLikelihood,
                new double[] {1, 2, meanSpend}, settings);
        double[] p = fit.parameters();
        GammaGammaModel model = new GammaGammaModel(p[0], p[1], p[2], fit.logLikelihood(), repeat.size(), correlation,
                Provenances.of(FAMILY, set, Map.of("optimiser", settings.describe())));
        model.dependenceWarning().ifPresent(LOG::warn);
        return model;
    }

    private static double correlation(List<CustomerRow> repeat) {
        double[] frequency = repeat.stream().mapToDouble(CustomerRow::frequency).toArray();
        double[] spend = repeat.stream().mapToDouble(CustomerRow::monetaryValue).toArray();
        double rho = new PearsonsCorrelation().correlation(frequency, spend);
        return Double.isNaN(rho) ? 0 : rho;
    }

    /** Distinct (x, m_x) pairs with their counts. */
    private record SpendGroups(int[] frequency, double[] spend, double[] logSpend, double[] weight, int maxFrequency) {

        private record Key(int frequency, double spend) {
        }

        static SpendGroups of(List<CustomerRow> rows) {
            Map<Key, int[]> counts = new HashMap<>();
            for (CustomerRow row : rows) {
                counts.computeIfAbsent(new Key(row.frequency(), row.monetaryValue()), k -> new int[1])[0]++;
            }
            int n = counts.size();
            SpendGroups groups = new SpendGroups(new int[n], new double[n], new double[n], new double[n],
                    counts.keySet().stream().mapToInt(Key::frequency).max().orElseThrow());
            int i = 0;
            for (Map.Entry<Key, int[]> e : counts.entrySet()) {
                groups.frequency[i] = e.getKey().frequency();
                groups.spend[i] = e.getKey().spend();
                groups.logSpend[i] = Math.log(e.getKey().spend());
                groups.weight[i++] = e.getValue()[0];
            }
            return groups;
        }

        double meanSpend() {
            double total = 0;
            double count = 0;
            for (int j = 0; j < spend.length; j++) {
                total += weight[j] * spend[j];
                count += weight[j];
            }
            return total / count;
        }

        /**
         * Fader-Hardie 2013, the density of m_x given x: ln f = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ
         * + (px−1) ln m_x + px ln x − (px+q) ln(γ + x m_x).
         */
        double logLikelihood(double[] parameters) {
            double p = parameters[0];
            double q = parameters[1];
            double gamma = parameters[2];
            double[] perFrequency = new double[maxFrequency + 1];
            double common = -Gamma.logGamma(q) + q * Math.log(gamma);
            for (int x = 1; x <= maxFrequency; x++) {
                perFrequency[x] = Gamma.logGamma(p * x + q) - Gamma.logGamma(p * x) + p * x * Math.log(x) + common;
            }
            double total = 0;
            for (int j = 0; j < frequency.length; j++) {
                int x = frequency[j];
                total += weight[j] * (perFrequency[x] + (p * x - 1) * logSpend[j]
                        - (p * x + q) * Math.log(gamma + x * spend[j]));
            }
            return total;
        }
    }
}
