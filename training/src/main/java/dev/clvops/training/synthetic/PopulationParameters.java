package dev.clvops.training.synthetic;

/**
 * The population the synthetic customers are drawn from (time unit: days, money: order value units).
 *
 * <p>BG/NBD (Fader, Hardie and Lee 2005): purchase rate {@code lambda ~ Gamma(r, rate alpha)} per day, dropout
 * probability after each repeat purchase {@code p ~ Beta(a, b)}. Gamma-Gamma (Fader, Hardie and Lee 2005b, Colombo
 * and Jiang 1999): each order value {@code ~ Gamma(shape spendShape, rate nu)} with {@code nu ~ Gamma(q, rate gamma)},
 * so a customer's mean order value is {@code spendShape / nu} and the population mean is
 * {@code spendShape * gamma / (q - 1)}.
 *
 * @param r BG/NBD shape of the purchase rate
 * @param alpha BG/NBD rate of the purchase rate, in days
 * @param a first Beta parameter of the dropout probability
 * @param b second Beta parameter of the dropout probability
 * @param spendShape Gamma-Gamma shape of one order value ({@code p} in the paper)
 * @param q Gamma-Gamma shape of {@code nu}
 * @param gamma Gamma-Gamma rate of {@code nu}
 * @param returnProbability probability that an order is (partly or fully) returned later
 * @param horizonDays length of the future window of the true expected value, after the history end
 */
public record PopulationParameters(double r, double alpha, double a, double b, double spendShape, double q,
        double gamma, double returnProbability, int horizonDays) {

    /** Defaults: about 6 orders a year while active, a quarter drop out after each repeat, mean order about 80. */
    public static final PopulationParameters DEFAULT = new PopulationParameters(0.75, 40, 0.8, 2.5, 6, 4, 40, 0.05, 180);

    public PopulationParameters {
        for (double value : new double[] {r, alpha, a, b, spendShape, gamma}) {
            if (!(value > 0)) {
                throw new IllegalArgumentException("population parameters must be positive: " + value);
            }
        }
        if (!(q > 1)) {
            throw new IllegalArgumentException("q must exceed 1 so the mean order value exists: " + q);
        }
        if (returnProbability < 0 || returnProbability > 1) {
            throw new IllegalArgumentException("return probability must be 0..1: " + returnProbability);
        }
        if (horizonDays < 1) {
            throw new IllegalArgumentException("horizon must be at least one day: " + horizonDays);
        }
    }

    /** The population mean of the purchase rate per day, {@code r / alpha}. */
    public double meanLambda() {
        return r / alpha;
    }

    /** The population mean of the dropout probability, {@code a / (a + b)}. */
    public double meanDropout() {
        return a / (a + b);
    }

    /** The population mean order value, {@code spendShape * gamma / (q - 1)}. */
    public double meanOrderValue() {
        return spendShape * gamma / (q - 1);
    }
}
