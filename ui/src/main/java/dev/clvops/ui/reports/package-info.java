/** The Reports tab: KPIs for a chosen order-date range, value by segment and tier, and customer list exports. */
@NullMarked
package dev.clvops.ui.reports;

import org.jspecify.annotations.NullMarked;
