/**
 * The gradient-boosted trees family ({@code xgboost}): {@link dev.clvops.training.xgboost.XgboostClvTrainer} fits
 * XGBoost4J boosters on the ML feature vector and returns an {@link dev.clvops.training.xgboost.XgboostClvModel}
 * with SHAP explanations, gain importance, quantile bands and a byte form for the registry. Booster handling,
 * the validation split and the byte codec stay package-private.
 */
@NullMarked
package dev.clvops.training.xgboost;

import org.jspecify.annotations.NullMarked;
