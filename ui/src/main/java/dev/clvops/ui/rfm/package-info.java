/** The RFM segmentation tab: segments, personas, the three clusterings (PCA, 3-D) and segment movement. */
@NullMarked
package dev.clvops.ui.rfm;

import org.jspecify.annotations.NullMarked;
