/** Synthetic demo data with known ground truth, so models and monitoring have real signal to find. */
@NullMarked
package dev.clvops.platform.demo;

import org.jspecify.annotations.NullMarked;
