package dev.clvops.training.arena;

/**
 * Whether the gate recommends fitting a family on the checked set.
 *
 * @param family the model family
 * @param recommended whether every check it relies on passed
 * @param reason the checks it relies on, and which failed
 */
public record FamilyRecommendation(String family, boolean recommended, String reason) {
}
