package dev.clvops.deploy.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bearer API tokens: 32 random bytes shown once at creation; only their SHA-256 is stored. A verified token is
 * trusted for {@link SecuritySettings#tokenCacheTtl()} before the database is asked again.
 */
public final class ApiTokens {

    private static final int MAX_CACHED = 10_000;

    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final long ttlNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, UserAccounts users, Duration ttl) {
        this.jdbc = jdbc;
        this.users = users;
        this.ttlNanos = ttl.toNanos();
    }

    /** A token as created: the secret (shown once), its id, user and role. */
    public record NewToken(long id, String token, String username, Role role) {
        @Override
        public String toString() {
            return "NewToken[" + id + ", " + username + ", " + role + "]";
        }
    }

    /** Who a valid token speaks for. */
    public record Holder(String username, Role role) {
    }

    /** Creates a token for an existing user, granting {@code role}. */
    public NewToken create(String username, Role role) {
        users.requireExisting(username);
        String token = Secrets.token();
        long id = jdbc.sql("INSERT INTO api_tokens (token_sha256, username, role) VALUES (?, ?, ?) RETURNING token_id")
                .params(Secrets.sha256(token), username, role.name()).query(Long.class).single();
        return new NewToken(id, token, username, role);
    }

    /** Revokes a token by id; true when it existed and was active. */
    public boolean revoke(long id) {
        cache.clear();
        return jdbc.sql("UPDATE api_tokens SET revoked_at = now() WHERE token_id = ? AND revoked_at IS NULL")
                .param(id).update() == 1;
    }

    /** The holder of an active token of an enabled user. */
    public Optional<Holder> authenticate(String token) {
        String hash = Secrets.sha256(token);
        long now = System.nanoTime();
        Cached cached = cache.get(hash);
        if (cached != null && now - cached.at() < ttlNanos) {
            return Optional.of(cached.holder());
        }
        List<Holder> found = jdbc.sql("SELECT t.username, t.role FROM api_tokens t JOIN users u USING (username)"
                        + " WHERE t.token_sha256 = ? AND t.revoked_at IS NULL AND u.enabled")
                .param(hash).query((rs, i) -> new Holder(rs.getString(1), Role.valueOf(rs.getString(2)))).list();
        if (found.isEmpty()) {
            cache.remove(hash);
            return Optional.empty();
        }
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(hash, new Cached(found.getFirst(), now));
        return Optional.of(found.getFirst());
    }

    private record Cached(Holder holder, long at) {
    }
}
