package dev.clvops.platform.logs;

import java.time.Instant;

/**
 * A minute whose error count broke the {@link SpikeRule}.
 *
 * @param minute the minute's start
 * @param errors its ERROR events
 * @param trailingMean mean errors per minute over the trailing window
 * @param trailingStdDev population standard deviation over the trailing window
 */
public record ErrorSpike(Instant minute, long errors, double trailingMean, double trailingStdDev) {
}
