package dev.clvops.monitoring.drift;

/**
 * When a feature or a dataset counts as drifted. With hundreds of thousands of rows every p-value is tiny, so a
 * test only flags drift when it is significant AND its effect size reaches a minimum: the KS statistic D for
 * numeric features, Cramér's V (sqrt(chi² / N) for a 2 × k table, Cramér 1946) for categorical ones.
 *
 * @param psiWarning PSI at or above this gives WARNING (default 0.1)
 * @param psiAlert PSI at or above this gives ALERT and drift (default 0.25)
 * @param ksPValue KS significance level (default 0.05)
 * @param ksMinStatistic minimum KS D for drift (default 0.1)
 * @param chiSquarePValue chi-square significance level (default 0.05)
 * @param chiSquareMinCramersV minimum Cramér's V for drift (default 0.1, a "small" effect after Cohen 1988)
 * @param datasetDriftShare the dataset drifts when at least this share of features drifted (default 0.3)
 */
public record DriftThresholds(double psiWarning, double psiAlert, double ksPValue, double ksMinStatistic,
        double chiSquarePValue, double chiSquareMinCramersV, double datasetDriftShare) {

    public DriftThresholds {
        if (!(0 < psiWarning && psiWarning <= psiAlert)) {
            throw new IllegalArgumentException("need 0 < psiWarning <= psiAlert, got " + psiWarning + ", " + psiAlert);
        }
        requireUnit("ksPValue", ksPValue);
        requireUnit("ksMinStatistic", ksMinStatistic);
        requireUnit("chiSquarePValue", chiSquarePValue);
        requireUnit("chiSquareMinCramersV", chiSquareMinCramersV);
        requireUnit("datasetDriftShare", datasetDriftShare);
    }

    public static DriftThresholds defaults() {
        return new DriftThresholds(0.1, 0.25, 0.05, 0.1, 0.05, 0.1, 0.3);
    }

    DriftVerdict verdict(double psi, boolean testDrift) {
        if (testDrift || psi >= psiAlert) {
            return DriftVerdict.ALERT;
        }
        return psi >= psiWarning ? DriftVerdict.WARNING : DriftVerdict.NONE;
    }

    private static void requireUnit(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
        }
    }
}
