/**
 * The drift read model: stored drift reports with their per-feature PSI/KS rows, PSI history, performance and BTYD
 * parameter drift, the baseline a report compared against, and the retrain policy's decisions, served by
 * {@link dev.clvops.platform.drift.DriftHistory} (implemented in monitoring over the report tables).
 */
@NullMarked
package dev.clvops.platform.drift;

import org.jspecify.annotations.NullMarked;
