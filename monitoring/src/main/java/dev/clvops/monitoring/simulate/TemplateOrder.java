package dev.clvops.monitoring.simulate;

import java.time.LocalDate;

/** One stored order of the template month with its customer's attributes; {@code newCustomer}: first order in it. */
record TemplateOrder(String userId, LocalDate date, double value, String[] attributes, boolean newCustomer) {
}
