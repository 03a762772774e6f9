-- Segmentation details of an analytics run (reports.analytics.SegmentationDetailsWriter) for the RFM tab: the
-- k-means/DBSCAN/Ward comparison, exact segment and persona profiles and a seeded sample of at most 2,000 customers
-- with RFM values, PCA coordinates and cluster labels, as one JSONB document (read whole, never filtered).
CREATE TABLE analytics_segmentations (
    run_id   BIGINT PRIMARY KEY REFERENCES analytics_runs (run_id) ON DELETE CASCADE,
    document JSONB  NOT NULL
);
