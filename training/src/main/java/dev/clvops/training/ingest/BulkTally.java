package dev.clvops.training.ingest;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a bulk load counted while encoding: rows read, rows quarantined per reason, and, for a load into an empty
 * store, the rows and customers it stores (every first row of a key; customers with at least one such row).
 */
final class BulkTally {

    long read;
    long loaded;
    long customers;
    long quarantined;
    final Map<String, Long> reasons = new HashMap<>();

    void reject(@Nullable String reasonKey) {
        quarantined++;
        reasons.merge(reasonKey == null ? "unknown" : reasonKey, 1L, Long::sum);
    }
}
