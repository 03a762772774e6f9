/**
 * Wiring of the reports module's analytics: {@code clvops.analytics.*} bound to {@link
 * dev.clvops.deploy.analytics.AnalyticsProperties}, the {@code CustomerAnalyticsReader} and {@code clvDistribution}
 * beans, and {@link dev.clvops.deploy.analytics.AnalyticsRefresher}, which runs an analytics refresh now (after
 * scoring, from the jobs API or the demo pipeline).
 */
@NullMarked
package dev.clvops.deploy.analytics;

import org.jspecify.annotations.NullMarked;
