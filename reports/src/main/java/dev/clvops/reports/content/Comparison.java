package dev.clvops.reports.content;

import java.time.Instant;

/** The previous report's headline figures and when it was generated. */
public record Comparison(HeadlineKpis previous, Instant generatedAt) {
}
