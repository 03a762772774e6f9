package dev.clvops.platform.analytics;

import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Predicted CLV of an analytics run: its distribution (precomputed by the analytics refresh) and the customers by
 * predicted CLV with their P10–P90 interval, read a page at a time. Methods throw {@link IllegalArgumentException}
 * for an unknown run.
 */
public interface ClvDistributionReader {

    /** The distribution of predicted CLV, empty when the run had no predictions. */
    Optional<ClvDistribution> distribution(long runId);

    /** Customers {@code offset .. offset + limit - 1} by predicted CLV, highest first (then customer id). */
    List<PredictedCustomer> customers(long runId, int offset, int limit);

    /**
     * Writes the first {@code limit} customers by predicted CLV as CSV with a header (the columns of {@link
     * PredictedCustomer}); returns the rows written.
     */
    long exportCsv(long runId, long limit, Writer out);
}
