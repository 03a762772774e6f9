/**
 * Wiring of the training module: the model registry (MLflow when {@code CLVOPS_MLFLOW_URL} is set, else the
 * embedded one), the promotion gate, the CLV valuation settings and the training settings from
 * {@code clvops.training.*}.
 */
@NullMarked
package dev.clvops.deploy.training;

import org.jspecify.annotations.NullMarked;
