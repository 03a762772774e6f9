/**
 * The MLflow registry adapter: tracking (experiment {@code clvops}, runs, params, metrics, tags) and registry reads
 * through the MLflow Java client; registry writes and artifact upload/download through MLflow's REST API
 * ({@code --serve-artifacts} proxy). Promotion decisions go to PostgreSQL and, for the MLflow UI, to a
 * {@code clvops.promotion} tag on the candidate version.
 */
@NullMarked
package dev.clvops.training.registry.mlflow;

import org.jspecify.annotations.NullMarked;
