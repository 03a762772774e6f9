/**
 * The feature store: immutable, versioned per-customer feature snapshots at a calibration cutoff, with targets
 * over the following horizon.
 */
@NullMarked
package dev.clvops.platform.features;

import org.jspecify.annotations.NullMarked;
