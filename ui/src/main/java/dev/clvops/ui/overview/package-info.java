/** The Overview tab: business KPIs, revenue by channel and category, and the monthly revenue trend. */
@NullMarked
package dev.clvops.ui.overview;

import org.jspecify.annotations.NullMarked;
