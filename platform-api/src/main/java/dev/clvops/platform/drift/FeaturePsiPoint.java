package dev.clvops.platform.drift;

import java.time.Instant;

/**
 * A feature's PSI in one report, for trend charts.
 *
 * @param reportId the report
 * @param createdAt when the report was made
 * @param feature the feature
 * @param psi its PSI in that report
 */
public record FeaturePsiPoint(long reportId, Instant createdAt, String feature, double psi) {
}
