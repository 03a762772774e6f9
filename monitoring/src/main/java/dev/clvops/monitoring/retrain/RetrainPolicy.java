package dev.clvops.monitoring.retrain;

import dev.clvops.platform.monitoring.RetrainRequested;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decides whether to retrain and, if so, publishes {@link RetrainRequested}. The whole decision and the
 * (synchronous) retrain run under a PostgreSQL session advisory lock, so across threads and app instances only one
 * retrain is in flight; a trigger that cannot take the lock is recorded as skipped.
 */
public class RetrainPolicy {

    /** The advisory lock key: "clvretrn" in ASCII. */
    static final long LOCK_KEY = 0x636c767265747226L;

    private static final Logger log = LoggerFactory.getLogger(RetrainPolicy.class);

    private final DataSource dataSource;
    private final JdbcRetrainFacts facts;
    private final RetrainDecisions decisions;
    private final RetrainRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RetrainPolicy(DataSource dataSource, RetrainDecisions decisions, RetrainSettings settings,
                         ApplicationEventPublisher events, Clock clock) {
        this.dataSource = dataSource;
        this.facts = new JdbcRetrainFacts(new JdbcTemplate(dataSource));
        this.decisions = decisions;
        this.rules = new RetrainRules(settings);
        this.events = events;
        this.clock = clock;
    }

    /** Decides (and retrains when it should); {@code force} bypasses the drift trigger, not the other guards. */
    public RetrainDecision decide(boolean force) {
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
                RetrainFacts now = facts.gather(clock.instant(), force);
                return decisions.find(decisions.insert(now, false, "another retrain is in flight"));
            }
            try {
                return decideLocked(force);
            } finally {
                unlock(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the retrain lock: " + e.getMessage(), e);
        }
    }

    private RetrainDecision decideLocked(boolean force) {
        RetrainFacts now = facts.gather(clock.instant(), force);
        RetrainRules.Verdict verdict = rules.decide(now);
        long id = decisions.insert(now, verdict.retrain(), verdict.reason());
        log.info("Retrain decision {}: {} ({})", id, verdict.retrain() ? "RETRAIN" : "SKIP", verdict.reason());
        if (verdict.retrain()) {
            events.publishEvent(new RetrainRequested(id, verdict.reason(), force, now.now()));
        }
        return decisions.find(id);
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, LOCK_KEY);
            try (var rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, LOCK_KEY);
            statement.execute();
        }
    }
}
