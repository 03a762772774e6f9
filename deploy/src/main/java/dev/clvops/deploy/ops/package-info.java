/**
 * Operations wiring: webhook alerts and the job-failure listener, Micrometer metrics ({@code OpsMetrics}, ingest
 * row counters) for {@code /actuator/prometheus}, Actuator health indicators (registry, champion, feature
 * freshness, pipeline) and the system-health and log-analytics read models.
 */
@NullMarked
package dev.clvops.deploy.ops;

import org.jspecify.annotations.NullMarked;
