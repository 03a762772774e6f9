/**
 * Drift statistics, pure Java: {@link dev.clvops.monitoring.drift.ReferenceProfile} is the baseline snapshot
 * stored with a model version, {@link dev.clvops.monitoring.drift.DriftEngine} compares current columns with it
 * (PSI, two-sample KS, chi-square) and {@link dev.clvops.monitoring.drift.PerformanceDrift} compares training-time
 * metrics with realised ones. Binning, sampling and the per-kind comparisons are internal.
 */
@NullMarked
package dev.clvops.monitoring.drift;

import org.jspecify.annotations.NullMarked;
