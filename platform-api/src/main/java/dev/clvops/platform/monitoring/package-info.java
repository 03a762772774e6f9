/**
 * Monitoring's events and ports: {@link dev.clvops.platform.monitoring.RetrainRequested} asks for a retrain,
 * {@link dev.clvops.platform.monitoring.RealisedMetrics} scores predictions on realised values,
 * {@link dev.clvops.platform.monitoring.ModelRefitter} refits a champion's family for parameter drift and
 * {@link dev.clvops.platform.monitoring.PipelineStep} is one step of the scheduled daily pipeline.
 */
@NullMarked
package dev.clvops.platform.monitoring;

import org.jspecify.annotations.NullMarked;
