package dev.clvops.training.arena;

/**
 * The outcome of one data-health check.
 *
 * @param check the check's name, e.g. {@code repeat_customers}
 * @param passed whether the data meets the threshold
 * @param observed the measured figure (NaN when it cannot be measured)
 * @param threshold the figure it was held against
 * @param detail a sentence with the numbers
 */
public record HealthFinding(String check, boolean passed, double observed, double threshold, String detail) {
}
