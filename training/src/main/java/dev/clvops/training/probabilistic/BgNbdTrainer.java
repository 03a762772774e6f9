package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.model.TrainingSet;
import java.util.Map;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/** Fits the BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way") by maximum likelihood. */
public final class BgNbdTrainer implements ClvTrainer {

    public static final String FAMILY = "bgnbd";

    private final OptimiserSettings settings;

    public BgNbdTrainer() {
        this(OptimiserSettings.DEFAULT);
    }

    public BgNbdTrainer(OptimiserSettings settings) {
        this.settings = settings;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public BgNbdModel fit(TrainingSet set) {
        RfmGroups groups = RfmGroups.of(set.rows());
        Likelihood likelihood = new Likelihood(groups);
        // Start at r = a = b = 1 with the population's purchase rate r / alpha = mean x / mean T.
        double alpha = groups.meanAge() / Math.max(groups.meanFrequency(), 1e-3);
        LogParameterFit.Result fit = LogParameterFit.maximise(likelihood::at, new double[] {1, alpha, 1, 1}, settings);
        double[] p = fit.parameters();
        return new BgNbdModel(p[0], p[1], p[2], p[3], fit.logLikelihood(), set.unit(),
                Provenances.of(FAMILY, set, Map.of("optimiser", settings.describe(), "unit", set.unit().name())));
    }

    /** The log-likelihood over the distinct (x, t_x, T) groups, with the x-only terms computed once per x. */
    static final class Likelihood {

        private final RfmGroups groups;
        private final int maxFrequency;

        Likelihood(RfmGroups groups) {
            this.groups = groups;
            int max = 0;
            for (int x : groups.frequency()) {
                max = Math.max(max, x);
            }
            this.maxFrequency = max;
        }

        /**
         * Eq. 6, Fader-Hardie-Lee 2005, in logs: ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
         * + ln[(α+T)^−(r+x) + δ(x>0) a/(b+x−1) (α+t_x)^−(r+x)].
         */
        double at(double[] parameters) {
            double r = parameters[0];
            double alpha = parameters[1];
            double a = parameters[2];
            double b = parameters[3];
            double[] perFrequency = new double[maxFrequency + 1];
            double[] dropout = new double[maxFrequency + 1];
            double common = -Gamma.logGamma(r) + r * Math.log(alpha) - Beta.logBeta(a, b);
            for (int x = 0; x <= maxFrequency; x++) {
                perFrequency[x] = Gamma.logGamma(r + x) + Beta.logBeta(a, b + x) + common;
                dropout[x] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
            }
            return sum(r, alpha, perFrequency, dropout);
        }

        private double sum(double r, double alpha, double[] perFrequency, double[] dropout) {
            int[] xs = groups.frequency();
            int[] recency = groups.recencyIndex();
            int[] age = groups.ageIndex();
            double[] w = groups.weight();
            double[] logTime = logShifted(alpha);
            double total = 0;
            for (int j = 0; j < xs.length; j++) {
                int x = xs[j];
                double logAge = -(r + x) * logTime[age[j]];
                double mix = x == 0 ? logAge : LogSpace.addExp(logAge, dropout[x] - (r + x) * logTime[recency[j]]);
                total += w[j] * (perFrequency[x] + mix);
            }
            return total;
        }

        /** ln(α + t) for every distinct time value. */
        private double[] logShifted(double alpha) {
            double[] times = groups.times();
            double[] logs = new double[times.length];
            for (int k = 0; k < times.length; k++) {
                logs[k] = Math.log(alpha + times[k]);
            }
            return logs;
        }
    }
}
