/**
 * The system-health read model: {@link dev.clvops.monitoring.health.SystemHealth} reads the host (JMX), the JVM,
 * PostgreSQL (size, version, last batch-job runs) and the main dependency versions into a
 * {@link dev.clvops.platform.health.SystemSnapshot}.
 */
@NullMarked
package dev.clvops.monitoring.health;

import org.jspecify.annotations.NullMarked;
