package dev.clvops.monitoring.alerts;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Where and how alerts are posted.
 *
 * @param url the webhook; null to only log alerts
 * @param format {@link PayloadFormat#JSON} (the alert's fields) or {@link PayloadFormat#SLACK} ({@code {"text": ...}})
 * @param maxAttempts attempts per alert, the first included
 * @param initialBackoff the wait before the second attempt; each further wait doubles
 * @param timeout connect and request time-out of one attempt
 */
public record WebhookSettings(@Nullable URI url, PayloadFormat format, int maxAttempts, Duration initialBackoff,
                              Duration timeout) {

    public WebhookSettings {
        if (maxAttempts < 1 || initialBackoff.isNegative() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("webhook needs maxAttempts >= 1, a non-negative backoff and a positive"
                    + " timeout: " + maxAttempts + ", " + initialBackoff + ", " + timeout);
        }
    }

    /** The wait before attempt {@code attempt} (2 = first retry): initialBackoff · 2^(attempt-2). */
    Duration backoffBefore(int attempt) {
        return initialBackoff.multipliedBy(1L << Math.min(attempt - 2, 20));
    }

    /** The payload's shape. */
    public enum PayloadFormat { JSON, SLACK }
}
