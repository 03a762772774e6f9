/**
 * Synthetic order histories with known ground truth: {@link dev.clvops.training.synthetic.BtydDemoDataGenerator}
 * draws customers from a BG/NBD + Gamma-Gamma population whose traits depend on their attributes. The attribute
 * tables, the copula, the simulation and the CSV formats are internal.
 */
@NullMarked
package dev.clvops.training.synthetic;

import org.jspecify.annotations.NullMarked;
