/**
 * The model registry port: training runs with their provenance, metrics and artifacts, registered model versions
 * per family ({@code clvops-<family>}), the {@code champion}/{@code challenger} aliases and the recorded promotion
 * decisions. Adapters (MLflow, embedded PostgreSQL) live in the training module.
 */
@NullMarked
package dev.clvops.platform.registry;

import org.jspecify.annotations.NullMarked;
