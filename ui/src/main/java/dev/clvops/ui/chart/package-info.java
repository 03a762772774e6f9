/** A small ECharts web component rendered as SVG at a fixed size, and the JSON its options are written in. */
@NullMarked
package dev.clvops.ui.chart;

import org.jspecify.annotations.NullMarked;
