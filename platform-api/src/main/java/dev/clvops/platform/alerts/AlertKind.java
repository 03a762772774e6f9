package dev.clvops.platform.alerts;

/** What an alert is about. */
public enum AlertKind {
    /** Feature, dataset or performance drift was detected. */
    DRIFT,
    /** A retrain finished: promoted, kept the champion, or failed. */
    RETRAIN,
    /** A batch job execution ended FAILED. */
    JOB_FAILURE
}
