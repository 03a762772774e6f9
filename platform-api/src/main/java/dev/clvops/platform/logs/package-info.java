/**
 * The platform's own logs: the {@link dev.clvops.platform.logs.LogAnalytics} port (volumes, severities, error
 * spikes, hour × weekday heatmap, top keywords and exception types, search, live tail, download) and the records it
 * answers with. The monitoring module implements it over the JSON log files; the UI reads it.
 */
@NullMarked
package dev.clvops.platform.logs;

import org.jspecify.annotations.NullMarked;
