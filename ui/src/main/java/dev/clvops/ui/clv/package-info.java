/** The CLV prediction tab: value tiers and every customer's predicted CLV, P(alive) and next purchase, paged. */
@NullMarked
package dev.clvops.ui.clv;

import org.jspecify.annotations.NullMarked;
