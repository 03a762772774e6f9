package dev.clvops.platform.logs;

/**
 * When a minute's errors count as a spike: more than {@code mean + sigmas·σ} of the trailing {@code windowMinutes}
 * (minutes without errors count as 0; the window ends just before the minute) and at least {@code minErrors}.
 * The minimum keeps a quiet system from alerting on its second error ever.
 *
 * @param windowMinutes the trailing window, in minutes
 * @param sigmas how many standard deviations above the window's mean
 * @param minErrors the fewest errors a spike minute has
 */
public record SpikeRule(int windowMinutes, double sigmas, long minErrors) {

    /** A 60-minute window, 3σ and at least 5 errors. */
    public static final SpikeRule DEFAULT = new SpikeRule(60, 3.0, 5);

    public SpikeRule {
        if (windowMinutes < 2 || sigmas < 0 || minErrors < 1) {
            throw new IllegalArgumentException("spike rule needs window >= 2, sigmas >= 0 and minErrors >= 1: "
                    + windowMinutes + ", " + sigmas + ", " + minErrors);
        }
    }
}
