package dev.clvops.training.probabilistic;

/**
 * Maximum-likelihood settings for the BTYD trainers (BOBYQA on log-parameters).
 *
 * @param maxEvaluations likelihood evaluations before giving up
 * @param initialRadius initial trust-region radius in log-parameter space
 * @param stoppingRadius trust-region radius at which the fit is converged
 */
public record OptimiserSettings(int maxEvaluations, double initialRadius, double stoppingRadius) {

    public static final OptimiserSettings DEFAULT = new OptimiserSettings(5_000, 0.5, 1e-8);

    public OptimiserSettings {
        if (maxEvaluations < 10 || !(initialRadius > stoppingRadius) || !(stoppingRadius > 0)) {
            throw new IllegalArgumentException("invalid optimiser settings: maxEvaluations=%d initial=%s stopping=%s"
                    .formatted(maxEvaluations, initialRadius, stoppingRadius));
        }
    }

    String describe() {
        return "BOBYQA(maxEvaluations=%d, initialRadius=%s, stoppingRadius=%s)"
                .formatted(maxEvaluations, initialRadius, stoppingRadius);
    }
}
