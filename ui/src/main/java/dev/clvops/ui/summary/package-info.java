/** The Executive summary tab: headline KPIs, value concentration, segment mix and the churn outlook. */
@NullMarked
package dev.clvops.ui.summary;

import org.jspecify.annotations.NullMarked;
