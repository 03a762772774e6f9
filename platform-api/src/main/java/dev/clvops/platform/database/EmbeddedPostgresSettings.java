package dev.clvops.platform.database;

import java.util.Map;

/**
 * Server settings of the PostgreSQL that clvops embeds (and that the tests and benchmarks run on), so both measure
 * the same server. An embedded database has no replicas and no WAL archive, so it runs with {@code wal_level =
 * minimal}: a bulk load that truncates a table and COPYs into it in one transaction, and the key builds after it,
 * then skip the write-ahead log (PostgreSQL syncs those files at commit instead), which makes a 1M-row ingest about a
 * quarter faster; crash safety is unchanged. A server named by {@code CLVOPS_DB_URL} keeps its own settings.
 */
public final class EmbeddedPostgresSettings {

    /** Setting name to value, as given to the postmaster with {@code -c}. */
    public static final Map<String, String> SERVER = Map.of("wal_level", "minimal", "max_wal_senders", "0");

    private EmbeddedPostgresSettings() {
    }
}
