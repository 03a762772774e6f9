/**
 * The embedded model registry: runs, versions, aliases and decisions in PostgreSQL, artifact files under a base
 * directory ({@code $CLVOPS_HOME/artifacts}). The default when no MLflow URL is configured.
 */
@NullMarked
package dev.clvops.training.registry.jdbc;

import org.jspecify.annotations.NullMarked;
