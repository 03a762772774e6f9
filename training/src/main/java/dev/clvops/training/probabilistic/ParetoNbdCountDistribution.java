package dev.clvops.training.probabilistic;

/**
 * The distribution of Pareto/NBD purchases Y(t) in the next t units given the history, by quadrature instead of
 * sampling. Given alive at T: λ ~ Gamma(a = r+x, rate b = α+T) and the remaining lifetime τ ~ Lomax(s, c = β+T)
 * (Schmittlein et al. 1987; Fader-Hardie 2005 note). With m = min(τ, t), Y | τ ~ NB(a, p = b/(b+m)) (the Poisson
 * of rate λm mixed over the gamma), so P(Y = n) = (1 − P(alive))·1[n=0] + P(alive)·E_τ[NB(n; a, b/(b+m))].
 * E_τ is the point mass S(t) = (c/(c+t))^s at m = t plus the midpoint rule over {@link #STRATA} equal-probability
 * strata of τ &lt; t. NB(n) follows NB(0) = p^a, NB(n) = NB(n−1)·(a+n−1)/n·(1−p).
 */
final class ParetoNbdCountDistribution {

    /** Equal-probability strata of the lifetime; the midpoint rule's error is O(1/STRATA²) in the CDF. */
    static final int STRATA = 64;

    private final double alive;
    private final double a;
    private final double[] weight = new double[STRATA + 1];
    private final double[] failure = new double[STRATA + 1];
    private final double[] mass = new double[STRATA + 1];
    private int next;

    private ParetoNbdCountDistribution(double alive, double a) {
        this.alive = alive;
        this.a = a;
    }

    /** Quantiles of Y(t) (the smallest n with P(Y ≤ n) ≥ p), in the order of {@code probabilities}. */
    static int[] quantiles(double alive, double r, double alpha, double s, double beta, int x, double bigT, double t,
                           double... probabilities) {
        ParetoNbdCountDistribution distribution = new ParetoNbdCountDistribution(alive, r + x);
        distribution.nodes(alpha + bigT, s, beta + bigT, t);
        return DiscreteQuantiles.of(distribution::pmf, probabilities);
    }

    private void nodes(double b, double s, double c, double t) {
        double survival = Math.pow(c / (c + t), s);
        double died = 1 - survival;
        for (int k = 0; k < STRATA; k++) {
            double q = (k + 0.5) / STRATA * died;
            double tau = c * Math.expm1(-Math.log1p(-q) / s);
            node(k, died / STRATA, b, Math.min(tau, t));
        }
        node(STRATA, survival, b, t);
    }

    private void node(int k, double w, double b, double m) {
        double p = b / (b + m);
        weight[k] = w;
        failure[k] = 1 - p;
        mass[k] = Math.exp(a * Math.log(p));
    }

    /** P(Y = n); called for n = 0, 1, 2, … in order (the NB recurrences advance one step per call). */
    private double pmf(int n) {
        if (n != next) {
            throw new IllegalStateException("the mass function is walked in order: expected " + next + ", got " + n);
        }
        double total = 0;
        for (int k = 0; k <= STRATA; k++) {
            if (n > 0) {
                mass[k] *= (a + n - 1) / n * failure[k];
            }
            total += weight[k] * mass[k];
        }
        next++;
        return alive * total + (n == 0 ? 1 - alive : 0);
    }
}
