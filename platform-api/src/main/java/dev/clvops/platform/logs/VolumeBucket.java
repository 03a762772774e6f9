package dev.clvops.platform.logs;

import java.time.Instant;

/**
 * Log volume of one minute or hour.
 *
 * @param start the bucket's first instant
 * @param events all events
 * @param errors ERROR events
 * @param warnings WARN events
 */
public record VolumeBucket(Instant start, long events, long errors, long warnings) {
}
