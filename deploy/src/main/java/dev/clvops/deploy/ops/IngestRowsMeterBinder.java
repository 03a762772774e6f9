package dev.clvops.deploy.ops;

import dev.clvops.platform.metrics.MetricNames;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ingest row counters as function counters over the totals of COMPLETED {@code ingest_runs}: the totals only grow
 * (runs are never deleted), so they are valid Prometheus counters, and they count runs made by any process sharing
 * the database (a CLI {@code ingest} too). One query serves the three counters and is cached for ten seconds;
 * while the database is unreachable the counters keep their last totals.
 */
final class IngestRowsMeterBinder implements MeterBinder {

    private static final String TOTALS = "SELECT coalesce(sum(rows_read), 0), coalesce(sum(loaded), 0),"
            + " coalesce(sum(quarantined), 0) FROM ingest_runs WHERE status = 'COMPLETED'";
    private static final Duration CACHE = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private long[] totals = new long[3];
    private Instant readAt = Instant.MIN;

    IngestRowsMeterBinder(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, MetricNames.INGEST_ROWS_READ, 0, "Rows read by completed ingest runs");
        counter(registry, MetricNames.INGEST_ROWS_LOADED, 1, "Rows loaded by completed ingest runs");
        counter(registry, MetricNames.INGEST_ROWS_QUARANTINED, 2, "Rows quarantined by completed ingest runs");
    }

    private void counter(MeterRegistry registry, String name, int index, String description) {
        FunctionCounter.builder(name, this, binder -> binder.total(index)).description(description)
                .register(registry);
    }

    synchronized double total(int index) {
        Instant now = clock.instant();
        if (readAt.plus(CACHE).isBefore(now)) {
            readAt = now;  // also after a failure, so an unreachable database costs one attempt per ten seconds
            try {
                totals = jdbc.queryForObject(TOTALS, (row, n) -> new long[] {row.getLong(1), row.getLong(2),
                        row.getLong(3)});
            } catch (DataAccessException e) {
                // keep the last totals: a counter must not drop while the database is away
            }
        }
        return totals[index];
    }
}
