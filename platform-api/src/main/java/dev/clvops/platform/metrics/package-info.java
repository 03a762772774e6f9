/**
 * The operational-metrics port: modules report drift, champions, training, retrains and scoring through
 * {@link dev.clvops.platform.metrics.OpsMetrics}; {@link dev.clvops.platform.metrics.MetricNames} fixes the meter
 * names the Micrometer adapter (deploy) registers and the Grafana dashboard queries.
 */
@NullMarked
package dev.clvops.platform.metrics;

import org.jspecify.annotations.NullMarked;
