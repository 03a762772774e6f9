/**
 * Read models of customer analytics (RFM segments, clusters, cohorts, personas, KPIs, retention playbook,
 * audiences) as the reports module stores them per analytics run, and the {@link
 * dev.clvops.platform.analytics.CustomerAnalyticsReader} port through which the UI and the REST API read them.
 * Monetary values are in the data's currency; CLV values are the champion's predictions over its horizon.
 */
@NullMarked
package dev.clvops.platform.analytics;

import org.jspecify.annotations.NullMarked;
