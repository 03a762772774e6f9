package dev.clvops.deploy.demo;

import java.time.LocalDate;
import java.util.Optional;

/** When the stored order history ends; empty when no orders are stored. */
@FunctionalInterface
interface OrderCalendar {

    Optional<LocalDate> latestOrderDate();
}
