/**
 * Customers: the paged list of the latest analytics run (filter by segment, tier, persona; sorted by predicted
 * CLV), the customer 360 view, and the streamed CSV export of a filtered list.
 */
@NullMarked
package dev.clvops.deploy.api.customers;

import org.jspecify.annotations.NullMarked;
