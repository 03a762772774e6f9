/**
 * The numbers a report rests on: {@link dev.clvops.reports.facts.JdbcReportFacts} gathers one
 * {@link dev.clvops.reports.facts.ReportFacts} for an analytics run from the stored documents (KPIs, cohorts, churn
 * outlook, playbook), the per-customer {@link dev.clvops.reports.facts.CustomerAggregates} (computed with one pass
 * over the run's customers the first time and then kept in {@code report_aggregates}, so rendering cost does not
 * grow with the customer count) and the {@link dev.clvops.reports.facts.ModelHealth} read through the
 * {@link dev.clvops.platform.registry.ModelRegistry} port and the optional {@code drift_reports} table.
 */
@NullMarked
package dev.clvops.reports.facts;

import org.jspecify.annotations.NullMarked;
