/** Wiring of the model registry port: MLflow when {@code CLVOPS_MLFLOW_URL} is set, else the embedded registry. */
@NullMarked
package dev.clvops.deploy.registry;

import org.jspecify.annotations.NullMarked;
