package dev.clvops.monitoring.drift;

/**
 * NONE: PSI below the warning level and no significant test; WARNING: PSI at or above the warning level;
 * ALERT: the feature drifted (PSI at or above the alert level, or a significant test with a meaningful effect).
 */
public enum DriftVerdict {
    NONE,
    WARNING,
    ALERT
}
