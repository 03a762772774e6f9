package dev.clvops.training.xgboost;

import org.jspecify.annotations.Nullable;

/**
 * The boosters of one fitted model.
 *
 * @param value the future value booster
 * @param quantiles the P10/P50/P90 booster on {@code log1p(value)}, if fitted
 * @param orders the future repeat orders (Poisson) booster, if fitted
 */
record XgboostBoosters(FittedBooster value, @Nullable FittedBooster quantiles, @Nullable FittedBooster orders) {
}
