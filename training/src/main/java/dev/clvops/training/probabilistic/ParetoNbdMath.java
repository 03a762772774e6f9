package dev.clvops.training.probabilistic;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;
import org.hipparchus.special.Gamma;

/**
 * Pareto/NBD (Schmittlein, Morrison & Colombo 1987) likelihood pieces, as derived in Fader & Hardie (2005),
 * "A Note on Deriving the Pareto/NBD Model and Related Expressions", all in logs.
 */
final class ParetoNbdMath {

    /** Above this argument the 2F1 series needs too many terms; the integral form of A0 is used instead. */
    private static final double SERIES_LIMIT = 0.99;
    /** 64-point Gauss-Legendre rule on [−1, 1], computed once; plain arrays so concurrent use is safe. */
    private static final double[] NODES = new double[64];
    private static final double[] WEIGHTS = new double[64];

    static {
        GaussIntegrator rule = new GaussIntegratorFactory().legendre(NODES.length);
        for (int i = 0; i < NODES.length; i++) {
            NODES[i] = rule.getPoint(i);
            WEIGHTS[i] = rule.getWeight(i);
        }
    }

    private ParetoNbdMath() {
    }

    /**
     * ln L(r, α, s, β | x, t_x, T) = ln[Γ(r+x) α^r β^s / Γ(r)]
     * + ln[1 / ((α+T)^(r+x) (β+T)^s) + s/(r+s+x) A0] (Fader-Hardie 2005 note, the likelihood with A0).
     */
    static double logLikelihood(double r, double alpha, double s, double beta, int x, double tx, double t) {
        return Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
                + logBracket(r, alpha, s, beta, x, tx, t);
    }

    /** ln[(α+T)^−(r+x) (β+T)^−s + s/(r+s+x) A0], the part of the likelihood that depends on t_x and T. */
    static double logBracket(double r, double alpha, double s, double beta, int x, double tx, double t) {
        double aliveAtT = -(r + x) * Math.log(alpha + t) - s * Math.log(beta + t);
        return LogSpace.addExp(aliveAtT, Math.log(s) - Math.log(r + s + x) + logA0(r, alpha, s, beta, x, tx, t));
    }

    /** 1 / P(alive) − 1 in logs: (s/(r+s+x)) (α+T)^(r+x) (β+T)^s A0 (Fader-Hardie 2005 note, P(alive)). */
    static double logDeadOdds(double r, double alpha, double s, double beta, int x, double tx, double t) {
        return Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + t) + s * Math.log(beta + t)
                + logA0(r, alpha, s, beta, x, tx, t);
    }

    /**
     * ln A0 with A0 = F(z(t_x)) / (m+t_x)^(r+s+x) − F(z(T)) / (m+T)^(r+s+x). For α >= β: m = α,
     * F = 2F1(r+s+x, s+1; r+s+x+1; ·), z(y) = (α−β)/(α+y). For α < β: m = β, F = 2F1(r+s+x, r+x; r+s+x+1; ·),
     * z(y) = (β−α)/(β+y), evaluated after Euler's transformation (A&S 15.3.3) as
     * (1−z)^(1−r−x) 2F1(1, s+1; r+s+x+1; z), so a large x never enters a numerator parameter.
     */
    static double logA0(double r, double alpha, double s, double beta, int x, double tx, double t) {
        if (tx >= t) {
            return Double.NEGATIVE_INFINITY;
        }
        double m = Math.max(alpha, beta);
        if (Math.abs(alpha - beta) / (m + tx) > SERIES_LIMIT) {
            return logA0Integral(r, alpha, s, beta, x, tx, t);
        }
        return LogSpace.diffExp(logTerm(r, alpha, s, beta, x, tx), logTerm(r, alpha, s, beta, x, t));
    }

    private static double logTerm(double r, double alpha, double s, double beta, int x, double y) {
        double rsx = r + s + x;
        if (alpha >= beta) {
            double z = (alpha - beta) / (alpha + y);
            return Hypergeometric.log2F1(rsx, s + 1, rsx + 1, z) - rsx * Math.log(alpha + y);
        }
        double z = (beta - alpha) / (beta + y);
        return (1 - r - x) * Math.log((alpha + y) / (beta + y)) + Hypergeometric.log2F1(1, s + 1, rsx + 1, z)
                - rsx * Math.log(beta + y);
    }

    /**
     * A0 = (r+s+x) ∫_{t_x}^{T} (α+y)^−(r+x) (β+y)^−(s+1) dy, the integral the 2F1 form comes from, by 64-point
     * Gauss-Legendre in v = ln(min(α, β) + y), where the integrand is smooth even when α and β differ by orders.
     */
    static double logA0Integral(double r, double alpha, double s, double beta, int x, double tx, double t) {
        double m = Math.min(alpha, beta);
        double lower = Math.log(m + tx);
        double half = (Math.log(m + t) - lower) / 2;
        double[] logs = new double[NODES.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logs.length; i++) {
            double v = lower + half * (NODES[i] + 1);
            double y = Math.exp(v) - m;
            logs[i] = Math.log(half * WEIGHTS[i]) + v - (r + x) * Math.log(alpha + y) - (s + 1) * Math.log(beta + y);
            max = Math.max(max, logs[i]);
        }
        double sum = 0;
        for (double value : logs) {
            sum += Math.exp(value - max);
        }
        return Math.log(r + s + x) + max + Math.log(sum);
    }
}
