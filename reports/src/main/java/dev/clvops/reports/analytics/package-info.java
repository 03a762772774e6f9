/**
 * Analytics runs: {@link dev.clvops.reports.analytics.AnalyticsRefresh} loads the latest completed as-of-now feature
 * snapshot (horizon 0) and the latest completed scoring run of that snapshot, computes every analytics feature and
 * stores one run ({@code analytics_runs}), per-customer results by COPY ({@code customer_analytics}) and aggregate
 * JSONB documents by kind ({@code analytics_results}). Without a scoring run the prediction-based parts (tiers,
 * playbook, audiences, churn outlook, cohort forecast, CLV clustering feature) are empty with a reason.
 * {@link dev.clvops.reports.analytics.AnalyticsQueries} is the read side. Settings:
 * {@link dev.clvops.reports.analytics.AnalyticsSettings}. Independent phases overlap (the clustering with the other
 * features, the cohorts with the analysis, the KPIs with the stored aggregates); {@code durations_ms} holds each
 * phase's own wall time, so their sum can exceed the run's.
 */
@NullMarked
package dev.clvops.reports.analytics;

import org.jspecify.annotations.NullMarked;
