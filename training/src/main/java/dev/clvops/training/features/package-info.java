/**
 * The feature store: the {@code build-features} job turns the stored orders into an immutable snapshot of
 * per-customer BTYD inputs, ML features and targets ({@link dev.clvops.training.features.JdbcFeatureStore}),
 * and serves snapshots as training sets ({@link dev.clvops.training.features.JdbcTrainingSetSource}).
 * Loading, the maths ({@code FeatureCalculator}) and the COPY writer stay package-private.
 */
@NullMarked
package dev.clvops.training.features;

import org.jspecify.annotations.NullMarked;
