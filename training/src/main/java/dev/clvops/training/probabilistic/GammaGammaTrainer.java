package dev.clvops.training.probabilistic;

import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.util.List;
import java.util.Map;
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
}
