package dev.clvops.platform.analytics;

import java.util.List;

/**
 * Read side of the segmentation details an analytics run stores for the RFM tab: per-method clustering results,
 * segment and persona profiles and a sample of customers with their plot coordinates. Throws
 * {@link IllegalArgumentException} for an unknown run or a run stored before these details existed.
 */
public interface SegmentationReader {

    /**
     * Completed analytics runs that have segmentation details, newest first, at most {@code limit} (runs made before
     * the details were stored are left out until analytics is refreshed).
     */
    List<AnalyticsRun> completedRuns(int limit);

    /** The segmentation details of run {@code runId}. */
    SegmentationDetails details(long runId);
}
