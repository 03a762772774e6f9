package dev.clvops.platform.logs;

import java.time.DayOfWeek;
import java.util.Arrays;

/** Events per weekday × hour of day, in the analytics' time zone. Immutable. */
public final class Heatmap {

    private final long[][] counts;

    /** @param counts rows Monday..Sunday of 24 hourly counts each (copied) */
    public Heatmap(long[][] counts) {
        if (counts.length != 7 || Arrays.stream(counts).anyMatch(row -> row.length != 24)) {
            throw new IllegalArgumentException("a heatmap has 7 rows of 24 hours: " + Arrays.deepToString(counts));
        }
        this.counts = copy(counts);
    }

    public long count(DayOfWeek day, int hour) {
        return counts[day.ordinal()][hour];
    }

    /** The counts as rows Monday..Sunday of 24 hours each (a copy). */
    public long[][] rows() {
        return copy(counts);
    }

    private static long[][] copy(long[][] rows) {
        return Arrays.stream(rows).map(long[]::clone).toArray(long[][]::new);
    }
}
