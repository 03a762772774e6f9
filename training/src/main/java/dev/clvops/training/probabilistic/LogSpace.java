package dev.clvops.training.probabilistic;

/** Sums and differences of numbers held as logarithms, without overflow. */
final class LogSpace {

    private LogSpace() {
    }

    /** ln(e^x + e^y). */
    static double addExp(double x, double y) {
        if (x == Double.NEGATIVE_INFINITY) {
            return y;
        }
        if (y == Double.NEGATIVE_INFINITY) {
            return x;
        }
        // Math.log is an intrinsic and log1p is not; log(1 + e) differs from log1p(e) by < 1e-16 absolute here.
        return Math.max(x, y) + Math.log(1 + Math.exp(-Math.abs(x - y)));
    }

    /** ln(e^x - e^y) for x >= y; minus infinity when they are equal. */
    static double diffExp(double x, double y) {
        if (y > x) {
            throw new IllegalArgumentException("ln(e^x - e^y) needs x >= y: x=" + x + " y=" + y);
        }
        if (y == Double.NEGATIVE_INFINITY) {
            return x;
        }
        return x + Math.log(-Math.expm1(y - x));
    }

    /** 1 / (1 + e^x), computed without overflow. */
    static double logistic(double logOdds) {
        return logOdds > 0 ? Math.exp(-logOdds) / (1 + Math.exp(-logOdds)) : 1 / (1 + Math.exp(logOdds));
    }
}
