/** The RFM segmentation tab: rule segments, behavioural personas and the k-means clusters of a run. */
@NullMarked
package dev.clvops.ui.rfm;

import org.jspecify.annotations.NullMarked;
