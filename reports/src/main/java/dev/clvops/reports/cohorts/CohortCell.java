package dev.clvops.reports.cohorts;

/** Customers with an order and revenue of cohort {@code month} (yyyy-MM) in month offset {@code offset}. */
public record CohortCell(String month, int offset, long active, double revenue) {
}
