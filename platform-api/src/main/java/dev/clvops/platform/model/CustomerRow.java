package dev.clvops.platform.model;

/**
 * One customer of a training or scoring set.
 *
 * @param customerId the customer
 * @param frequency repeat purchase days in calibration (BTYD x)
 * @param recency time from first to last purchase, in the set's time unit (BTYD t_x)
 * @param t time from first purchase to the cutoff, in the set's time unit (BTYD T)
 * @param monetaryValue mean value of the repeat purchase days (0 when frequency is 0)
 * @param features the ML feature vector, in the order of {@link TrainingSet#featureNames()}
 * @param futureValue realised value in the target window, or NaN when unknown
 * @param futureOrders realised repeat purchase days in the target window, or -1 when unknown
 */
public record CustomerRow(String customerId, int frequency, double recency, double t, double monetaryValue,
                          double[] features, double futureValue, int futureOrders) {

    public boolean hasTarget() {
        return futureOrders >= 0;
    }
}
