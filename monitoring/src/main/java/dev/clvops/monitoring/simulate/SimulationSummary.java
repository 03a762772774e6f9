package dev.clvops.monitoring.simulate;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A written simulated batch.
 *
 * @param file the orders file
 * @param kind the drift kind
 * @param magnitude the drift's size
 * @param templateOrders orders of the template month read
 * @param orders orders written
 * @param from first order date written
 * @param to last order date written
 */
public record SimulationSummary(Path file, DriftKind kind, double magnitude, long templateOrders, long orders,
                                LocalDate from, LocalDate to) {
}
