/**
 * Log analytics over the platform's JSON log files (logback's {@code JsonEncoder}, one event per line, rolled to
 * {@code .log.gz}): volumes, severities, error spikes, an hour × weekday heatmap, top keywords and exception types,
 * paged search, live tail and download. {@link dev.clvops.monitoring.logs.JsonLogAnalytics} implements the
 * {@code LogAnalytics} port of platform-api; every query streams the files line by line, so memory stays bounded
 * whatever the log volume.
 */
@NullMarked
package dev.clvops.monitoring.logs;

import org.jspecify.annotations.NullMarked;
