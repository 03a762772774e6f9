package dev.clvops.platform.demo;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param customers number of customers (1 to 10,000,000)
 * @param months length of the order history in months
 * @param seed random seed; equal settings give byte-identical files
 * @param dirtyFraction share of all rows (0 to 0.5) that are realistic bad rows, added next to the clean rows they
 *                      spoil, to exercise validation
 * @param start the first day of the history
 */
public record GeneratorSettings(int customers, int months, long seed, double dirtyFraction, LocalDate start) {

    public GeneratorSettings {
        if (customers < 1 || customers > 10_000_000) {
            throw new IllegalArgumentException("customers must be 1..10000000: " + customers);
        }
        if (months < 1 || months > 240) {
            throw new IllegalArgumentException("months must be 1..240: " + months);
        }
        if (dirtyFraction < 0 || dirtyFraction > 0.5) {
            throw new IllegalArgumentException("dirty fraction must be 0..0.5: " + dirtyFraction);
        }
    }
}
