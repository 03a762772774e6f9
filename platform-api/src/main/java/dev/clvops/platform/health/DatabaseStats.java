package dev.clvops.platform.health;

import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL database.
 *
 * @param reachable whether a connection and query succeeded
 * @param serverVersion the server's version, e.g. {@code 18.1}; null when unreachable
 * @param sizeBytes {@code pg_database_size} of the current database; -1 when unreachable
 * @param error why the database could not be read; null when reachable
 */
public record DatabaseStats(boolean reachable, @Nullable String serverVersion, long sizeBytes,
                            @Nullable String error) {

    public static DatabaseStats unreachable(String error) {
        return new DatabaseStats(false, null, -1, error);
    }
}
