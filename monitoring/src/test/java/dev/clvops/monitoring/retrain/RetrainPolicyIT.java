package dev.clvops.monitoring.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.monitoring.RetrainRequested;
import dev.clvops.platform.testing.TestDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

/** The retrain policy on the real database: drift reports, orders, training runs and decisions are real rows. */
class RetrainPolicyIT {

    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<RetrainRequested> requested = new CopyOnWriteArrayList<>();
    private final RetrainDecisions decisions = new RetrainDecisions(jdbc, clock);

    @BeforeEach
    void emptyStore() {
        TestDatabase.truncateAll();
        jdbc.update("INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version, status)"
                + " VALUES ('2026-11-01', 0, 'v1', 'COMPLETED')");
    }

    private RetrainPolicy policy(ApplicationEventPublisher events) {
        return new RetrainPolicy(TestDatabase.dataSource(), decisions, RetrainSettings.defaults(), events, clock);
    }

    private RetrainPolicy recordingPolicy() {
        return policy(event -> requested.add((RetrainRequested) event));
    }

    private void training(Duration ago) {
        jdbc.update("INSERT INTO training_runs (status, started_at, request) VALUES ('COMPLETED', ?, '{}')",
                Timestamp.from(NOW.minus(ago)));
    }

    private void orders(int count, Duration ago) {
        long run = jdbc.queryForObject("INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status,"
                + " started_at) VALUES ('o.csv', 'sha', 1, 'orders', 'COMPLETED', ?) RETURNING run_id", Long.class,
                Timestamp.from(NOW.minus(ago)));
        jdbc.update("INSERT INTO orders (order_id, customer_id, order_date, order_value, run_id)"
                + " SELECT 'o-' || ? || '-' || g, 'c' || g, DATE '2026-11-01', 10, ? FROM generate_series(1, ?) g",
                run, run, count);
    }

    private void driftReport(Duration ago, boolean datasetDrift, Double predictionPsi) {
        jdbc.update("INSERT INTO drift_reports (created_at, family, model_version, reference_snapshot_id,"
                + " current_snapshot_id, drifted_share, dataset_drift, prediction_psi) VALUES (?, 'bgnbd', 1, 1, 1,"
                + " 0.5, ?, ?)", Timestamp.from(NOW.minus(ago)), datasetDrift, predictionPsi);
    }

    @Test
    void retrainsOnDriftAfterTheLastTrainingAndStoresTheDecisionWithItsNumbers() {
        training(Duration.ofDays(2));
        orders(1200, Duration.ofHours(30));
        driftReport(Duration.ofHours(1), true, 0.05);

        RetrainDecision decision = recordingPolicy().decide(false);

        assertThat(decision.retrain()).isTrue();
        assertThat(decision.reason()).isEqualTo("dataset drift");
        assertThat(decision.facts().newOrders()).isEqualTo(1200);
        assertThat(decision.facts().driftReportId()).isNotNull();
        assertThat(requested).singleElement().satisfies(event -> {
            assertThat(event.decisionId()).isEqualTo(decision.decisionId());
            assertThat(event.forced()).isFalse();
        });
        assertThat(jdbc.queryForObject("SELECT decision FROM retrain_decisions", String.class)).isEqualTo("RETRAIN");
    }

    @Test
    void ignoresDriftReportsTakenBeforeTheLastTraining() {
        driftReport(Duration.ofDays(3), true, 0.9);
        training(Duration.ofDays(2));
        orders(5000, Duration.ofHours(30));

        RetrainDecision decision = recordingPolicy().decide(false);

        assertThat(decision.retrain()).isFalse();
        assertThat(decision.reason()).isEqualTo("no drift since the last training");
        assertThat(requested).isEmpty();
    }

    @Test
    void countsOnlyOrdersIngestedSinceTheLastTrainingAndHonoursTheCooldown() {
        orders(5000, Duration.ofDays(3));
        training(Duration.ofHours(2));
        orders(1500, Duration.ofHours(1));
        driftReport(Duration.ofMinutes(30), true, null);

        RetrainDecision decision = recordingPolicy().decide(true);

        assertThat(decision.facts().newOrders()).isEqualTo(1500);
        assertThat(decision.retrain()).isFalse();
        assertThat(decision.reason()).startsWith("cooldown: last training 120 min ago");
    }

    @Test
    void needsMinimumNewOrdersAndStopsAtTheWeeklyCap() {
        training(Duration.ofDays(2));
        orders(999, Duration.ofDays(1));
        driftReport(Duration.ofHours(1), true, null);
        RetrainPolicy policy = recordingPolicy();

        assertThat(policy.decide(false).reason()).isEqualTo("999 new orders since the last training, 1000 needed");
        orders(1, Duration.ofHours(5));
        jdbc.update("INSERT INTO retrain_decisions (decided_at, decision, reason, forced, facts)"
                + " SELECT ?, 'RETRAIN', 'earlier', false, '{}' FROM generate_series(1, 3)",
                Timestamp.from(NOW.minus(Duration.ofDays(3))));
        RetrainDecision capped = policy.decide(false);

        assertThat(capped.retrain()).isFalse();
        assertThat(capped.reason()).isEqualTo("weekly cap reached: 3 retrains in 7 days");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM retrain_decisions WHERE decision = 'SKIP'", Long.class))
                .isEqualTo(2);
    }

    @Test
    void twoConcurrentTriggersRetrainExactlyOnce() throws Exception {
        training(Duration.ofDays(2));
        orders(2000, Duration.ofDays(1));
        driftReport(Duration.ofHours(1), true, null);
        CountDownLatch retraining = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        RetrainPolicy policy = policy(event -> {
            requested.add((RetrainRequested) event);
            retraining.countDown();
            await(release);
        });
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<RetrainDecision> first = threads.submit(() -> policy.decide(false));
            assertThat(retraining.await(30, TimeUnit.SECONDS)).isTrue();
            Future<RetrainDecision> second = threads.submit(() -> policy.decide(true));
            RetrainDecision blocked = second.get(30, TimeUnit.SECONDS);
            release.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS).retrain()).isTrue();
            assertThat(blocked.retrain()).isFalse();
            assertThat(blocked.reason()).isEqualTo("another retrain is in flight");
            assertThat(requested).hasSize(1);
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
