/** The Customer 360 tab: one customer's scores, segment, persona, cluster and predictions by customer id. */
@NullMarked
package dev.clvops.ui.customer;

import org.jspecify.annotations.NullMarked;
