/**
 * The Reports tab: the stored PDF/Markdown reports (preview, download, ZIP, regenerate) and, for dashboard roles,
 * KPIs for a chosen order-date range, value by segment and customer list exports.
 */
@NullMarked
package dev.clvops.ui.reports;

import org.jspecify.annotations.NullMarked;
