package dev.clvops.training.arena;

/**
 * One prediction decile of a holdout.
 *
 * @param decile 1 for the customers with the highest predictions, 10 for the lowest
 * @param customers customers in the decile
 * @param meanPredicted mean predicted value
 * @param meanActual mean actual value
 */
public record DecileCalibration(int decile, int customers, double meanPredicted, double meanActual) {
}
