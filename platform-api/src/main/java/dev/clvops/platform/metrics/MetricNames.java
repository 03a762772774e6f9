package dev.clvops.platform.metrics;

/**
 * Meter names and tags in Micrometer's dotted form. Prometheus shows them with underscores, counters with
 * {@code _total} and timers with {@code _seconds_count/_sum/_max}: {@code clvops.retrains} is scraped as
 * {@code clvops_retrains_total}.
 */
public final class MetricNames {

    /** Gauge: PSI of a feature's last drift check; tag {@link #FEATURE}. */
    public static final String DRIFT_PSI = "clvops.drift.psi";
    /** Gauge: Kolmogorov-Smirnov D of a numeric feature's last drift check; tag {@link #FEATURE}. */
    public static final String DRIFT_KS_D = "clvops.drift.ks.d";
    /** Gauge: 1 when the last drift check flagged the dataset as drifted, else 0. */
    public static final String DATASET_DRIFT = "clvops.drift.dataset";
    /** Gauge: 1 for each family's champion version; tags {@link #FAMILY} and {@link #VERSION}. */
    public static final String CHAMPION_INFO = "clvops.champion.info";
    /** Timer: training duration per family; tag {@link #FAMILY}. */
    public static final String TRAINING_DURATION = "clvops.training.duration";
    /** Counter: retrains by outcome; tag {@link #OUTCOME}. */
    public static final String RETRAINS = "clvops.retrains";
    /** Counter: customers scored. */
    public static final String SCORED_CUSTOMERS = "clvops.scoring.customers";
    /** Timer: scoring run duration. */
    public static final String SCORING_DURATION = "clvops.scoring.duration";
    /** Gauge: customers per second of the last scoring run. */
    public static final String SCORING_THROUGHPUT = "clvops.scoring.throughput";
    /** Function counter: rows read by completed ingest runs. */
    public static final String INGEST_ROWS_READ = "clvops.ingest.rows.read";
    /** Function counter: rows loaded by completed ingest runs. */
    public static final String INGEST_ROWS_LOADED = "clvops.ingest.rows.loaded";
    /** Function counter: rows quarantined by completed ingest runs. */
    public static final String INGEST_ROWS_QUARANTINED = "clvops.ingest.rows.quarantined";

    public static final String FEATURE = "feature";
    public static final String FAMILY = "family";
    public static final String VERSION = "version";
    public static final String OUTCOME = "outcome";

    private MetricNames() {
    }
}
