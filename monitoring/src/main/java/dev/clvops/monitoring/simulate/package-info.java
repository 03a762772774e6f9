/**
 * Drift simulation for demos and tests: {@link dev.clvops.monitoring.simulate.DriftSimulator} copies the latest
 * month of stored orders one month forward as an {@code orders} file, drifted the way a
 * {@link dev.clvops.monitoring.simulate.DriftKind} says.
 */
@NullMarked
package dev.clvops.monitoring.simulate;

import org.jspecify.annotations.NullMarked;
