package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.TrainingRun;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.reports.analytics.AnalyticsQueries;
import dev.clvops.reports.analytics.AnalyticsRefresh;
import dev.clvops.reports.analytics.AnalyticsSettings;
import dev.clvops.reports.clustering.ClusteringSettings;
import dev.clvops.reports.store.ReportService;
import dev.clvops.reports.store.ReportSettings;
import dev.clvops.training.registry.jdbc.JdbcModelRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

class ReportCommandIT {

    private final InTestPorts ports = new InTestPorts();

    @TempDir
    Path dir;

    @BeforeEach
    void analysedCustomersWithAChampion() {
        TestDatabase.truncateAll();
        JdbcClient jdbc = JdbcClient.create(TestDatabase.dataSource());
        long snapshot = ReportData.load(jdbc);
        var settings = AnalyticsSettings.defaults();
        new AnalyticsRefresh(TestDatabase.dataSource(), new AnalyticsSettings(new ClusteringSettings(2, 4, 300, 300,
                300, 200, 7L), settings.personas(), settings.playbook(), settings.audiences(), 0.5, 0.5, 6))
                .refresh(snapshot);
        ModelRegistry registry = new JdbcModelRegistry(TestDatabase.dataSource(), dir.resolve("artifacts"),
                Clock.systemUTC());
        registry.register(new TrainingRun(new ModelProvenance("bgnbd", new SnapshotId(snapshot),
                LocalDate.of(2025, 12, 31), 365, "v1", Map.of(), 7, "test", Instant.now()),
                Map.of("rmse", 12.5, "mae", 4.25), List.of()));
        registry.setAlias("bgnbd", ModelRegistry.CHAMPION, 1);
        ports.reports = new ReportService(TestDatabase.dataSource(), new AnalyticsQueries(TestDatabase.dataSource()),
                () -> registry, ReportSettings.defaults(dir.resolve("reports")), Clock.systemUTC());
    }

    @Test
    void generatesTheExecutiveSummaryWithTheChampionAndCopiesItOut() throws IOException {
        Path out = dir.resolve("out");

        CliRun run = CliRun.of(ports, "report", "executive", "--out", out.toString(), "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("modelVersion").asString()).isEqualTo("bgnbd v1");
        assertThat(run.json().get("files")).hasSize(2);
        assertThat(out.resolve("executive.pdf")).isRegularFile();
        assertThat(Files.readString(out.resolve("executive.md")))
                .contains("| Champion | bgnbd v1 |", "| Arena rmse | 12.500 |", "| Drift | not monitored yet |");
    }

    @Test
    void generatesAllReportsByDefault() {
        CliRun run = CliRun.of(ports, "report");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("10 files", "executive.pdf", "overview.md");
    }

    @Test
    void anUnknownReportIsABadArgument() {
        CliRun run = CliRun.of(ports, "report", "weekly", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.json().get("error").get("message").asString()).contains("unknown report 'weekly'");
    }

    /** 300 customers with orders, an as-of-now snapshot and a scoring run of model bgnbd v1. */
    private static final class ReportData {

        static long load(JdbcClient jdbc) {
            jdbc.sql("INSERT INTO ingest_runs (file_name, file_sha256, file_bytes, format, status)"
                    + " VALUES ('f.csv', 'x', 0, 'cdnow', 'COMPLETED')").update();
            jdbc.sql("INSERT INTO order_attributes (attributes_id, channel, category) VALUES (1, 'web', 'books')")
                    .update();
            jdbc.sql("""
                    INSERT INTO orders (order_id, customer_id, order_date, order_value, attributes_id, run_id)
                    SELECT 'o' || c || '-' || k, 'c' || c, date '2024-01-01' + ((c * 37 + k * (20 + c % 90)) % 700),
                           10 + (c * k * 13 % 190), 1, 1
                    FROM generate_series(1, 300) c, generate_series(1, 1 + c % 5) k""").update();
            long snapshot = jdbc.sql("INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version,"
                    + " status) VALUES (date '2025-12-31', 0, 'v1', 'COMPLETED') RETURNING snapshot_id")
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO customer_features (snapshot_id, customer_id, frequency, recency_days, t_days,
                        monetary_value, total_spend, net_spend, order_count, avg_order_value, days_since_last,
                        tenure_days, orders_30d, orders_90d, orders_180d, spend_30d, spend_90d, spend_180d,
                        distinct_categories, return_rate, first_order_value, first_order_date, channel)
                    SELECT ?, customer_id, count(*) - 1, max(order_date) - min(order_date),
                           date '2025-12-31' - min(order_date), avg(order_value), sum(order_value), sum(order_value),
                           count(*), avg(order_value), date '2025-12-31' - max(order_date),
                           date '2025-12-31' - min(order_date), 0, 0, 0, 0, 0, 0, 1, 0, min(order_value),
                           min(order_date), 'web'
                    FROM orders GROUP BY customer_id""").param(snapshot).update();
            long scoring = jdbc.sql("INSERT INTO scoring_runs (snapshot_id, family, model_version, horizon_days,"
                    + " status) VALUES (?, 'bgnbd', 1, 365, 'COMPLETED') RETURNING scoring_run_id").param(snapshot)
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO customer_predictions (scoring_run_id, customer_id, expected_purchases, p_alive, clv,
                        clv_p10, clv_p90)
                    SELECT ?, customer_id, order_count * 0.4, greatest(0.05, 1 - days_since_last / 500.0),
                           order_count * 0.4 * avg_order_value, order_count * 0.2 * avg_order_value,
                           order_count * 0.7 * avg_order_value
                    FROM customer_features WHERE snapshot_id = ?""").params(scoring, snapshot).update();
            return snapshot;
        }
    }
}
