package dev.clvops.training.probabilistic;

/** Gauss hypergeometric function 2F1 by its power series (Abramowitz & Stegun 15.1.1). */
final class Hypergeometric {

    private static final int MAX_TERMS = 2_000_000;
    private static final double TOLERANCE = 1e-15;
    private static final double RESCALE = 1e200;
    private static final double LOG_RESCALE = Math.log(RESCALE);

    private Hypergeometric() {
    }

    /**
     * ln 2F1(a, b; c; z) for a, b, c > 0 and 0 <= z < 1, where every term is positive. The partial sum is
     * rescaled whenever it grows past 1e200, so large parameters (e.g. x = 500 purchases) cannot overflow.
     */
    static double log2F1(double a, double b, double c, double z) {
        if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) {
            throw new IllegalArgumentException("log2F1 needs a, b, c > 0 and 0 <= z < 1: a=%s b=%s c=%s z=%s"
                    .formatted(a, b, c, z));
        }
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            if (sum > RESCALE) {
                sum /= RESCALE;
                term /= RESCALE;
                logScale += LOG_RESCALE;
            }
            if (ratio < 1 && term <= TOLERANCE * sum * (1 - ratio)) {
                return Math.log(sum) + logScale;
            }
        }
        throw notConverged(a, b, c, z);
    }

    /** 2F1(a, b; c; z) for 0 <= z < 1 and moderate values (terms may change sign; c not a non-positive integer). */
    static double hyp2F1(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("hyp2F1 needs 0 <= z < 1: " + z);
        }
        double term = 1;
        double sum = 1;
        for (int n = 0; n < MAX_TERMS; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            if (term == 0 || Math.abs(ratio) < 1 && Math.abs(term) <= TOLERANCE * Math.abs(sum) * (1 - Math.abs(ratio))) {
                return sum;
            }
        }
        throw notConverged(a, b, c, z);
    }

    private static ArithmeticException notConverged(double a, double b, double c, double z) {
        return new ArithmeticException("2F1 series did not converge in %d terms: a=%s b=%s c=%s z=%s"
                .formatted(MAX_TERMS, a, b, c, z));
    }
}
