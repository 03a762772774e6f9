/**
 * The historical baseline CLV family: each customer keeps buying at their observed rate and mean spend, so every
 * other family shows what it adds. {@link dev.clvops.training.baseline.HistoricalBaselineTrainer} is the entry
 * point; the model stays package-private.
 */
@NullMarked
package dev.clvops.training.baseline;

import org.jspecify.annotations.NullMarked;
