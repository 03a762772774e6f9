package dev.clvops.training.synthetic;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Gaussian copula from latent standard-normal scores to the BG/NBD and Gamma-Gamma parameters. Because every
 * score is exactly N(0,1), {@code Φ(z)} is exactly uniform and the population marginals are exactly
 * {@code lambda ~ Gamma(r, alpha)}, {@code p ~ Beta(a, b)} and {@code nu ~ Gamma(q, gamma)}.
 */
final class TraitCopula {

    /** Keeps {@code Φ(z)} off 0 and 1, where the inverse CDFs are 0 or infinite; moves at most 1e-12 of mass. */
    private static final double EDGE = 1e-12;
    private static final double ACCURACY = 1e-11;

    private final NormalDistribution normal = new NormalDistribution();
    private final GammaDistribution rateShape;
    private final BetaDistribution dropout;
    private final GammaDistribution spendRateShape;
    private final PopulationParameters population;

    TraitCopula(PopulationParameters population) {
        this.population = population;
        // Unit-scale distributions, rescaled below, so the solver's absolute accuracy is relative to the mean.
        this.rateShape = new GammaDistribution(population.r(), 1, ACCURACY);
        this.dropout = new BetaDistribution(population.a(), population.b(), ACCURACY);
        this.spendRateShape = new GammaDistribution(population.q(), 1, ACCURACY);
    }

    /**
     * The parameters of latent scores: high frequency means a high purchase rate, high loyalty a low dropout
     * probability, high spend a low {@code nu} (a high mean order value).
     */
    Traits parameters(Traits latent) {
        double lambda = rateShape.inverseCumulativeProbability(uniform(latent.frequency())) / population.alpha();
        double p = dropout.inverseCumulativeProbability(uniform(-latent.loyalty()));
        double nu = spendRateShape.inverseCumulativeProbability(uniform(-latent.spend())) / population.gamma();
        return new Traits(latent.frequency(), latent.loyalty(), latent.spend(), lambda, p, nu);
    }

    private double uniform(double score) {
        return Math.min(1 - EDGE, Math.max(EDGE, normal.cumulativeProbability(score)));
    }
}
