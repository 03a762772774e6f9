package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.model.TrainingSet;
import java.util.Map;

/** Fits the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987) by maximum likelihood. */
public final class ParetoNbdTrainer implements ClvTrainer {

    public static final String FAMILY = "paretonbd";

    private final OptimiserSettings settings;
    private final int intervalDraws;

    public ParetoNbdTrainer() {
        this(OptimiserSettings.DEFAULT, ParetoNbdModel.DEFAULT_DRAWS);
    }

    /** @param intervalDraws Monte Carlo draws per customer for the purchase quantiles */
    public ParetoNbdTrainer(OptimiserSettings settings, int intervalDraws) {
        if (intervalDraws < 100) {
            throw new IllegalArgumentException("need at least 100 interval draws: " + intervalDraws);
        }
        this.settings = settings;
        this.intervalDraws = intervalDraws;
    }

    @Override
    public String family() {
        return FAMILY;
    }

    @Override
    public ParetoNbdModel fit(TrainingSet set) {
        RfmGroups groups = RfmGroups.of(set.rows());
        double meanAge = groups.meanAge();
        double alpha = meanAge / Math.max(groups.meanFrequency(), 1e-3);
        LogParameterFit.Result fit = LogParameterFit.maximise(p -> logLikelihood(groups, p),
                new double[] {1, alpha, 1, meanAge}, settings);
        double[] p = fit.parameters();
        Map<String, String> hyperParameters = Map.of("optimiser", settings.describe(), "unit", set.unit().name(),
                "intervalDraws", Integer.toString(intervalDraws));
        return new ParetoNbdModel(p[0], p[1], p[2], p[3], fit.logLikelihood(), intervalDraws, set.unit(),
                Provenances.of(FAMILY, set, hyperParameters));
    }

    private static double logLikelihood(RfmGroups groups, double[] p) {
        double total = 0;
        for (int j = 0; j < groups.size(); j++) {
            total += groups.weight()[j] * ParetoNbdMath.logLikelihood(p[0], p[1], p[2], p[3],
                    groups.frequency()[j], groups.recency()[j], groups.age()[j]);
        }
        return total;
    }
}
