/**
 * The model arena and the data-health gate. {@link dev.clvops.training.arena.ClvArena} scores several families'
 * predictions on one holdout and names a champion; {@link dev.clvops.training.arena.DataHealthGate} checks a
 * training set before fitting and recommends families. Ranking, deciles and the metric maths stay package-private.
 */
@NullMarked
package dev.clvops.training.arena;

import org.jspecify.annotations.NullMarked;
