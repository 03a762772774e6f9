/**
 * Segment movement. {@link dev.clvops.reports.movement.SegmentMovement} builds transition matrices and mover lists
 * between two segmentations (two analytics runs, or a run and a past segmentation uploaded as CSV and read by
 * {@link dev.clvops.reports.movement.PastSegmentationCsv}).
 *
 * <p>{@link dev.clvops.reports.movement.ChurnForecast} gives the probability that a customer is At Risk or Lost by
 * the end of the horizon, read as "makes no purchase within the horizon" (the RFM recency score then falls to the
 * churning segments). With survival probability a = P(alive) and E = expected purchases over the horizon, an alive
 * customer buys at Poisson rate E/a over the horizon, so P = (1 - a) + a * exp(-E / a). Customers already in a
 * churning segment stay there with that probability.
 */
@NullMarked
package dev.clvops.reports.movement;

import org.jspecify.annotations.NullMarked;
