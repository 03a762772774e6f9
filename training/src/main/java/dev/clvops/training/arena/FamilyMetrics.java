package dev.clvops.training.arena;

/**
 * One family's place in the arena.
 *
 * @param family the model family
 * @param metrics its holdout metrics
 */
public record FamilyMetrics(String family, HoldoutMetrics metrics) {
}
