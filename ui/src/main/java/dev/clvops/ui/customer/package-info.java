/** The Customer 360 tab: one customer's prediction with interval, factors, RFM, persona, segment path and orders. */
@NullMarked
package dev.clvops.ui.customer;

import org.jspecify.annotations.NullMarked;
