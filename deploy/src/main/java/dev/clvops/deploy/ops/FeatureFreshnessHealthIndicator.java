package dev.clvops.deploy.ops;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Age of the latest COMPLETED feature snapshot against the configured maximum: UP within it, DEGRADED beyond it
 * or when no snapshot was built yet, DOWN when the database cannot be read.
 */
final class FeatureFreshnessHealthIndicator extends AbstractHealthIndicator {

    private static final String LATEST = "SELECT max(created_at) FROM feature_snapshots WHERE status = 'COMPLETED'";

    private final JdbcTemplate jdbc;
    private final Duration maxAge;
    private final Clock clock;

    FeatureFreshnessHealthIndicator(JdbcTemplate jdbc, Duration maxAge, Clock clock) {
        super("Feature store freshness check failed");
        this.jdbc = jdbc;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<Timestamp> latest = jdbc.queryForList(LATEST, Timestamp.class);
        builder.withDetail("maxAge", maxAge.toString());
        if (latest.isEmpty() || latest.getFirst() == null) {
            builder.status(OpsStatus.DEGRADED).withDetail("reason", "no completed feature snapshot");
            return;
        }
        Duration age = Duration.between(latest.getFirst().toInstant(), clock.instant());
        builder.status(age.compareTo(maxAge) > 0 ? OpsStatus.DEGRADED : Status.UP)
                .withDetail("latestSnapshot", latest.getFirst().toInstant().toString())
                .withDetail("age", age.withNanos(0).toString());
    }
}
