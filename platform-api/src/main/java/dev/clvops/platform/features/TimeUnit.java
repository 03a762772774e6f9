package dev.clvops.platform.features;

/** The unit BTYD inputs (recency, T) are expressed in. */
public enum TimeUnit {
    DAYS(1), WEEKS(7);

    private final int days;

    TimeUnit(int days) {
        this.days = days;
    }

    /** Converts a number of days to this unit. */
    public double fromDays(double value) {
        return value / days;
    }
}
