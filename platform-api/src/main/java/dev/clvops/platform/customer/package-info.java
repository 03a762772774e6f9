/** Customer identity shared by every module. */
@NullMarked
package dev.clvops.platform.customer;

import org.jspecify.annotations.NullMarked;
