/**
 * Business KPIs, {@link dev.clvops.reports.kpi.JdbcKpis}: sums and counts come from SQL aggregates over
 * {@code orders} for an optional date range (both ends inclusive), average tenure from the snapshot's features, and
 * the top decile by predicted CLV from an analytics run; {@code KpiRatios} derives the ratios with zero guards.
 */
@NullMarked
package dev.clvops.reports.kpi;

import org.jspecify.annotations.NullMarked;
