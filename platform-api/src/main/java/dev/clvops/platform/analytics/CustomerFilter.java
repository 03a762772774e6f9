package dev.clvops.platform.analytics;

import org.jspecify.annotations.Nullable;

/**
 * Which customers of a run to list, sorted by predicted CLV (highest first, then customer id).
 *
 * @param segment segment label, null for all
 * @param tier    value tier, null for all
 * @param persona persona label, null for all
 * @param page    zero-based page
 * @param size    rows per page (1..10,000)
 */
public record CustomerFilter(@Nullable String segment, @Nullable String tier, @Nullable String persona, int page,
                             int size) {

    public CustomerFilter {
        if (page < 0 || size < 1 || size > 10_000) {
            throw new IllegalArgumentException("page " + page + " / size " + size + " out of range");
        }
    }

    /** Every customer, first page of {@code size}. */
    public static CustomerFilter all(int size) {
        return new CustomerFilter(null, null, null, 0, size);
    }
}
