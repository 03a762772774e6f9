/**
 * Acquisition-month cohorts: {@link dev.clvops.reports.cohorts.JdbcCohorts} aggregates orders up to the cutoff in
 * SQL (active customers and revenue per cohort and month offset) and {@code CohortTable} turns them into retention,
 * revenue and cumulative revenue per customer. The predicted revenue of the next 6 months of a cohort is the sum of
 * its customers' predicted CLV scaled linearly from the champion's horizon to 6 months (6 x 30.4375 / horizon
 * days): CLV spreads evenly over the horizon, which slightly overstates short windows of a discounted, decaying
 * forecast and understates nothing else; cohorts are taken from the feature snapshot's first order dates.
 */
@NullMarked
package dev.clvops.reports.cohorts;

import org.jspecify.annotations.NullMarked;
