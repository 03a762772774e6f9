package dev.clvops.platform.demo;

import java.nio.file.Path;

/**
 * What a generator run wrote.
 *
 * @param ordersFile the orders CSV (format {@code orders})
 * @param truthFile the per-customer ground truth CSV (true parameters, true expected future value)
 * @param customers customers generated
 * @param orderRows order rows written, bad rows included
 * @param dirtyRows bad rows mixed in
 */
public record GenerationSummary(Path ordersFile, Path truthFile, long customers, long orderRows, long dirtyRows) {
}
