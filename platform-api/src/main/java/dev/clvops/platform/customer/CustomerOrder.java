package dev.clvops.platform.customer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One stored order of a customer.
 *
 * @param orderId   the source order id
 * @param orderDate the order date
 * @param value     the net order value
 * @param channel   the sales channel, when the source has one
 * @param category  the product category, when the source has one
 */
public record CustomerOrder(String orderId, LocalDate orderDate, double value, @Nullable String channel,
                            @Nullable String category) {
}
