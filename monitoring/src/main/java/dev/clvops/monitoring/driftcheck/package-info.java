/**
 * The {@code monitor-drift} job: the champion's training snapshot is the reference (profiles stored once per model
 * version in {@code drift_baselines}), the latest as-of-now snapshot and its predictions are current; dataset,
 * prediction, performance and parameter drift are stored in {@code drift_reports} and published as gauges and
 * alerts. {@link dev.clvops.monitoring.driftcheck.DriftMonitor} runs it; the JDBC access and steps stay inside.
 */
@NullMarked
package dev.clvops.monitoring.driftcheck;

import org.jspecify.annotations.NullMarked;
