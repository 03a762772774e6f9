package dev.clvops.monitoring.drift;

/**
 * Population stability index, PSI = sum over bins of (current - reference) * ln(current / reference), on bin
 * proportions (Siddiqi 2006, "Credit Risk Scorecards", ch. 8). An empty bin's proportion is replaced by
 * {@link #EPSILON} so the logarithm stays finite; the other proportions are not renormalised.
 */
final class Psi {

    static final double EPSILON = 1e-4;

    private Psi() {
    }

    static double of(double[] reference, double[] current) {
        if (reference.length != current.length) {
            throw new IllegalArgumentException(
                    "bin counts differ: " + reference.length + " reference, " + current.length + " current");
        }
        double psi = 0;
        for (int i = 0; i < reference.length; i++) {
            double r = reference[i] == 0 ? EPSILON : reference[i];
            double c = current[i] == 0 ? EPSILON : current[i];
            psi += (c - r) * Math.log(c / r);
        }
        return psi;
    }

    static double[] proportions(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total == 0) {
            throw new IllegalArgumentException("cannot take proportions of an empty column");
        }
        double[] proportions = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            proportions[i] = (double) counts[i] / total;
        }
        return proportions;
    }
}
