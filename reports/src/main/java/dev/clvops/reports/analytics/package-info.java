/**
 * Analytics runs: {@link dev.clvops.reports.analytics.AnalyticsRefresh} loads the latest completed as-of-now feature
 * snapshot (horizon 0) and the latest completed scoring run of that snapshot, computes every analytics feature and
 * stores one run ({@code analytics_runs}), per-customer results by COPY ({@code customer_analytics}) and aggregate
 * JSONB documents by kind ({@code analytics_results}). Without a scoring run the prediction-based parts (tiers,
 * playbook, audiences, churn outlook, cohort forecast, CLV clustering feature) are empty with a reason.
 * {@link dev.clvops.reports.analytics.AnalyticsQueries} is the read side. Settings:
 * {@link dev.clvops.reports.analytics.AnalyticsSettings}.
 */
@NullMarked
package dev.clvops.reports.analytics;

import org.jspecify.annotations.NullMarked;
