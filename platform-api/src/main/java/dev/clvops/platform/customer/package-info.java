/** Customer identity shared by every module, and the customer 360 port: prediction, segment path and orders. */
@NullMarked
package dev.clvops.platform.customer;

import org.jspecify.annotations.NullMarked;
