package dev.clvops.monitoring.drift;

/** How a feature is profiled: numeric (bins + KS sample) or categorical (category counts). */
public enum FeatureKind {
    NUMERIC,
    CATEGORICAL
}
