package dev.clvops.training.features;

import org.jspecify.annotations.Nullable;

/**
 * One customer's orders and returns, columnar. Orders are sorted by day; days are epoch days, money is in cents.
 *
 * @param customerId the customer
 * @param orderDays day of each order, ascending
 * @param orderCents value of each order
 * @param orderCategories category id of each order, -1 when unknown
 * @param returnDays day of each return (any order)
 * @param returnCents value returned, positive
 * @param attributes channel, acquisition source and country
 */
record CustomerHistory(String customerId, int[] orderDays, long[] orderCents, int[] orderCategories,
                       int[] returnDays, long[] returnCents, Attributes attributes) {

    /**
     * Where the customer came from.
     *
     * @param channel the sales channel
     * @param acquisitionSource the acquisition source
     * @param country the country
     */
    record Attributes(@Nullable String channel, @Nullable String acquisitionSource, @Nullable String country) {

        static final Attributes NONE = new Attributes(null, null, null);

        /** Each attribute of this, else the one of {@code fallback}. */
        Attributes orElse(Attributes fallback) {
            return new Attributes(channel != null ? channel : fallback.channel,
                    acquisitionSource != null ? acquisitionSource : fallback.acquisitionSource,
                    country != null ? country : fallback.country);
        }
    }
}
