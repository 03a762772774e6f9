package dev.clvops.platform.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where one analytics run placed a customer.
 *
 * @param runId     the analytics run
 * @param createdAt when the run was made
 * @param segment   the RFM segment
 * @param rfmCode   the R/F/M scores, e.g. {@code 545}
 * @param tier      the value tier, null without a model
 * @param persona   the behavioural persona
 * @param clv       the predicted CLV, null without a model
 */
public record SegmentStep(long runId, Instant createdAt, String segment, String rfmCode, @Nullable String tier,
                          String persona, @Nullable Double clv) {
}
