package dev.clvops.training.arena;

/**
 * Thresholds of the data-health gate.
 *
 * @param minRepeatCustomers customers with at least one repeat purchase the BTYD families need
 * @param minRepeatShare share of customers with a repeat purchase
 * @param minCalibrationWeeks longest customer age T, in weeks, the BTYD families need
 * @param maxSpendFrequencyCorrelation largest |Pearson r| of frequency and mean spend among repeat customers that
 *     Gamma-Gamma's independence assumption tolerates
 * @param minTargetCustomers customers with a known future value the xgboost family needs
 */
public record DataHealthSettings(int minRepeatCustomers, double minRepeatShare, double minCalibrationWeeks,
                                 double maxSpendFrequencyCorrelation, int minTargetCustomers) {

    /** 100 repeat customers and 5 %, 26 weeks, |r| at most 0.3, 1000 customers with targets. */
    public static DataHealthSettings defaults() {
        return new DataHealthSettings(100, 0.05, 26, 0.3, 1000);
    }
}
