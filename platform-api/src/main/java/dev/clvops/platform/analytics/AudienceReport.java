package dev.clvops.platform.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Marketing audiences by predicted CLV with their default budget shares and CAC targets, and the lookalike seed.
 *
 * @param audiences         High-CLV, Growth-Potential and Low-CLV
 * @param lookalikeSeed     customer ids of the top share by predicted CLV, highest first
 * @param unavailableReason why there are no audiences (no predictions), null otherwise
 */
public record AudienceReport(List<Audience> audiences, List<String> lookalikeSeed,
                             @Nullable String unavailableReason) {

    public AudienceReport {
        audiences = List.copyOf(audiences);
        lookalikeSeed = List.copyOf(lookalikeSeed);
    }

    /** One audience; {@code cacTarget} is the CAC share of its mean predicted CLV. */
    public record Audience(String name, long customers, double totalClv, double meanClv, double cacTarget,
                           double budgetShare) {
    }
}
