/**
 * The report document model shared by both renderers: a {@link dev.clvops.reports.documents.ReportDocument} of
 * {@link dev.clvops.reports.documents.Block}s with its {@link dev.clvops.reports.documents.Provenance}, the
 * {@link dev.clvops.reports.documents.MarkdownRenderer} and the locale-aware
 * {@link dev.clvops.reports.documents.Formats}. Charts carry their data, so Markdown shows them as tables.
 */
@NullMarked
package dev.clvops.reports.documents;

import org.jspecify.annotations.NullMarked;
