/** The Cohorts tab: acquisition-month retention heatmap, revenue per customer and the cohort revenue forecast. */
@NullMarked
package dev.clvops.ui.cohorts;

import org.jspecify.annotations.NullMarked;
