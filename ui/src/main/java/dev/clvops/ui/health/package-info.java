/**
 * The System health tab: CPU, memory, disk, JVM, the database, dependency versions, every health check (registry,
 * feature freshness, pipeline readiness...), the latest drift status and each batch job's last run.
 */
@NullMarked
package dev.clvops.ui.health;

import org.jspecify.annotations.NullMarked;
