/**
 * The system-health read model: a {@link dev.clvops.platform.health.SystemSnapshot} of the host, the JVM, the
 * database, the main dependency versions and the last run of each batch job, served by
 * {@link dev.clvops.platform.health.SystemHealthSource} (implemented in monitoring).
 */
@NullMarked
package dev.clvops.platform.health;

import org.jspecify.annotations.NullMarked;
