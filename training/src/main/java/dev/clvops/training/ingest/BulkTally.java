package dev.clvops.training.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk load counted while encoding: rows read, rows quarantined per reason, and, for a load into an empty
 * store, the rows and customers it stores (every first row of a key; customers with at least one such row) and the
 * dates of the orders among them.
 */
final class BulkTally {

    long read;
    long loaded;
    long customers;
    long quarantined;
    final Map<String, Long> reasons = new HashMap<>();
    private long firstDay = Long.MAX_VALUE;
    private long lastDay = Long.MIN_VALUE;

    /** Counts an order the load stores, dated {@code epochDay}. */
    void order(long epochDay) {
        firstDay = Math.min(firstDay, epochDay);
        lastDay = Math.max(lastDay, epochDay);
    }

    /** The earliest date of the orders stored, or null when none are. */
    @Nullable LocalDate firstOrderDate() {
        return firstDay > lastDay ? null : LocalDate.ofEpochDay(firstDay);
    }

    /** The latest date of the orders stored, or null when none are. */
    @Nullable LocalDate lastOrderDate() {
        return firstDay > lastDay ? null : LocalDate.ofEpochDay(lastDay);
    }

    void reject(@Nullable String reasonKey) {
        quarantined++;
        reasons.merge(reasonKey == null ? "unknown" : reasonKey, 1L, Long::sum);
    }
}
