/**
 * Alert delivery: {@link dev.clvops.monitoring.alerts.WebhookAlertPublisher} logs every alert and POSTs it as JSON
 * (or a Slack-compatible {@code {"text": ...}}) to a webhook, retrying with exponential backoff on its own thread.
 */
@NullMarked
package dev.clvops.monitoring.alerts;

import org.jspecify.annotations.NullMarked;
