package dev.clvops.monitoring.drift;

/**
 * How numeric columns are profiled and sampled.
 *
 * @param bins number of reference quantile bins (default 10, deciles); a column with at most this many distinct
 *     values gets one bin per value instead
 * @param sampleSize bound on the KS sample kept in the reference profile and drawn from the current column
 *     (default 10,000); KS on two samples of 10,000 resolves D to about ±0.02, far below the minimum effect
 * @param seed seed of the systematic sample's random start, so profiles and reports are reproducible
 */
public record ProfileSettings(int bins, int sampleSize, long seed) {

    public ProfileSettings {
        if (bins < 2) {
            throw new IllegalArgumentException("bins must be at least 2, got " + bins);
        }
        if (sampleSize < 2) {
            throw new IllegalArgumentException("sampleSize must be at least 2, got " + sampleSize);
        }
    }

    public static ProfileSettings defaults() {
        return new ProfileSettings(10, 10_000, 20_261_121L);
    }
}
