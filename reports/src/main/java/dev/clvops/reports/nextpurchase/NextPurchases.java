package dev.clvops.reports.nextpurchase;

/**
 * Next purchase estimates as epoch days (indexed like the population); {@link #NONE} where no estimate exists.
 */
public record NextPurchases(long[] expected, long[] low, long[] high, boolean[] overdue) {

    public static final long NONE = Long.MIN_VALUE;
}
