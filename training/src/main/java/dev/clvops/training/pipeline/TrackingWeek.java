package dev.clvops.training.pipeline;

/**
 * One week of the BTYD tracking plot over the holdout (Fader, Hardie and Lee 2005, Figure 2, cumulative).
 *
 * @param week weeks after the cutoff, from 1 (the last week may be shorter)
 * @param expected Σ over customers of the expected repeat purchases from the cutoff to the week's end
 * @param actual repeat purchase days of the snapshot's customers from the cutoff to the week's end
 */
public record TrackingWeek(int week, double expected, long actual) {
}
