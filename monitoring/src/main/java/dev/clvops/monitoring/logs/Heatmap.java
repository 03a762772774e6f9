package dev.clvops.monitoring.logs;

import java.time.DayOfWeek;
import java.util.Arrays;

/** Events per weekday × hour of day, in the analytics' time zone. */
public final class Heatmap {

    private final long[][] counts = new long[7][24];

    void add(DayOfWeek day, int hour) {
        counts[day.ordinal()][hour]++;
    }

    public long count(DayOfWeek day, int hour) {
        return counts[day.ordinal()][hour];
    }

    /** The counts as rows Monday..Sunday of 24 hours each (a copy). */
    public long[][] rows() {
        return Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }
}
