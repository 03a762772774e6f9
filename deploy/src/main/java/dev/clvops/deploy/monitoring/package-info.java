/**
 * Monitoring wiring: drift and retrain settings, the training-backed ports monitoring uses ({@code RealisedMetrics}
 * on the arena's metrics, {@code ModelRefitter} on the BTYD trainers), the {@code RetrainRequested} listener that
 * trains, and the scheduled daily pipeline.
 */
@NullMarked
package dev.clvops.deploy.monitoring;

import org.jspecify.annotations.NullMarked;
