package dev.clvops.platform.database;

import java.util.Map;

/**
 * How the PostgreSQL that clvops embeds is created and run, shared with the tests and benchmarks so that they
 * measure the server the product runs, not a library's test defaults.
 *
 * <p>The cluster uses UTF-8 with the {@code C} locale: text keys (order and customer ids) compare as bytes, so key
 * builds and merges sort with PostgreSQL's fast path instead of calling the C library's collation.
 *
 * <p>An embedded database has no replicas and no WAL archive, so it runs with {@code wal_level = minimal}: a bulk
 * load that truncates a table and COPYs into it in one transaction, and the key builds after it, then skip the
 * write-ahead log (PostgreSQL syncs those files at commit instead), which makes a 1M-row ingest about a quarter
 * faster; crash safety is unchanged. Commits wait for their WAL to reach disk ({@code synchronous_commit = on}, the
 * PostgreSQL default, which test libraries often turn off). A server named by {@code CLVOPS_DB_URL} keeps its own
 * settings.
 */
public final class EmbeddedPostgresSettings {

    /** {@code initdb} option name (without the leading dashes) to value. */
    public static final Map<String, String> INITDB = Map.of("encoding", "UTF8", "locale", "C");

    /** Setting name to value, as given to the postmaster with {@code -c}. */
    public static final Map<String, String> SERVER = Map.of("wal_level", "minimal", "max_wal_senders", "0",
            "synchronous_commit", "on", "fsync", "on", "timezone", "UTC");

    private EmbeddedPostgresSettings() {
    }
}
