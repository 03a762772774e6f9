/** The Log analytics tab: volume timeline, severities, error spikes, weekday × hour heatmap, top terms. */
@NullMarked
package dev.clvops.ui.loganalytics;

import org.jspecify.annotations.NullMarked;
