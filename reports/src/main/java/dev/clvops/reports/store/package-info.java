/**
 * Generated reports: {@link dev.clvops.reports.store.ReportService} renders report kinds of the latest analytics
 * run as Markdown and PDF, writes the files under the reports directory ({@code <dir>/<report run id>/}), records
 * them with their provenance in {@code report_runs} and {@code reports}, lists them, hands out single files and
 * zips a run. Settings: {@link dev.clvops.reports.store.ReportSettings}.
 */
@NullMarked
package dev.clvops.reports.store;

import org.jspecify.annotations.NullMarked;
