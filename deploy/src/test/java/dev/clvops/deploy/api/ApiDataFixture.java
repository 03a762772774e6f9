package dev.clvops.deploy.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.deploy.security.Role;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.TrainingRun;
import dev.clvops.training.modelstore.ClvModelCodec;
import dev.clvops.training.probabilistic.BtydClvModel;
import dev.clvops.training.probabilistic.BtydClvTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The ITs' data, made once: 300 generated customers uploaded through {@code POST /orders}, training and as-of-now
 * snapshots through the jobs API, a BG/NBD champion trained and registered, the as-of-now customers scored (as the
 * scoring job stores them) and an analytics refresh through the jobs API.
 */
@TestComponent
public class ApiDataFixture {

    static final int CUSTOMERS = 300;

    private final DemoDataGenerator generator;
    private final TrainingSetSource sets;
    private final ModelRegistry registry;
    private final JdbcTemplate jdbc;
    private boolean loaded;
    long currentSnapshot;

    ApiDataFixture(DemoDataGenerator generator, TrainingSetSource sets, ModelRegistry registry, DataSource dataSource) {
        this.generator = generator;
        this.sets = sets;
        this.registry = registry;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    synchronized void loadOnce(Function<Role, ApiClient> as) {
        if (loaded) {
            return;
        }
        Path orders = generate();
        awaitJob(as.apply(Role.ANALYST), as.apply(Role.ANALYST).upload("/api/v1/orders", orders));
        LocalDate latest = jdbc.queryForObject("SELECT max(order_date) FROM orders", LocalDate.class);
        JsonNode training = awaitJob(as.apply(Role.OPS), as.apply(Role.OPS).post("/api/v1/jobs/snapshot",
                "{\"cutoff\": \"" + latest.minusDays(180) + "\", \"horizon_days\": \"180\"}"));
        JsonNode current = awaitJob(as.apply(Role.OPS), as.apply(Role.OPS).post("/api/v1/jobs/snapshot", null));
        currentSnapshot = current.at("/result/id/value").asLong();
        BtydClvModel model = trainChampion(training.at("/result/id/value").asLong());
        score(model, currentSnapshot);
        awaitJob(as.apply(Role.OPS), as.apply(Role.OPS).post("/api/v1/jobs/report", null));
        loaded = true;
    }

    private Path generate() {
        try {
            Path file = Files.createTempDirectory(Path.of("target"), "api-it-orders").resolve("orders.csv");
            generator.generate(new GeneratorSettings(CUSTOMERS, 18, 11, 0.0, LocalDate.now().withDayOfMonth(1)
                    .minusMonths(18)), file, ProgressListener.NONE);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private BtydClvModel trainChampion(long snapshotId) {
        TrainingSet set = sets.load(new SnapshotId(snapshotId), TimeUnit.DAYS);
        BtydClvModel model = BtydClvTrainer.bgNbd().fit(set);
        ModelVersion version = registry.register(new TrainingRun(model.provenance(), Map.of("normalized_gini", 0.4),
                List.of(ClvModelCodec.encode(model))));
        registry.setAlias(model.family(), ModelRegistry.CHAMPION, version.version());
        return model;
    }

    /** Stores predictions of every as-of-now customer as a completed scoring run. */
    private void score(BtydClvModel model, long snapshotId) {
        TrainingSet set = sets.load(new SnapshotId(snapshotId), TimeUnit.DAYS);
        List<CustomerPrediction> predictions = model.predictAll(set.rows(), 180, new ClvSettings(0.10, 1.0));
        long run = jdbc.queryForObject("INSERT INTO scoring_runs (snapshot_id, family, model_version, horizon_days,"
                + " status, row_count, finished_at) VALUES (?, 'bgnbd', 1, 180, 'COMPLETED', ?, now())"
                + " RETURNING scoring_run_id", Long.class, snapshotId, predictions.size());
        jdbc.batchUpdate("INSERT INTO customer_predictions (scoring_run_id, customer_id, expected_purchases, p_alive,"
                + " expected_spend, clv, clv_p10, clv_p50, clv_p90) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", predictions,
                500, (ps, p) -> {
                    ps.setLong(1, run);
                    ps.setString(2, p.customerId());
                    ps.setDouble(3, p.expectedPurchases());
                    ps.setDouble(4, p.probabilityAlive());
                    ps.setDouble(5, p.expectedSpendPerOrder());
                    ps.setDouble(6, p.clv());
                    ps.setDouble(7, p.p10());
                    ps.setDouble(8, p.p50());
                    ps.setDouble(9, p.p90());
                });
    }

    /** Waits for a started job (202) to complete and returns its final status. */
    static JsonNode awaitJob(ApiClient client, ApiClient.Response started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String url = started.json().get("status_url").asText();
        for (int i = 0; i < 600; i++) {
            ApiClient.Response response = client.get(url);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode job = response.json();
            String status = job.get("status").asText();
            if (status.equals("COMPLETED")) {
                return job;
            }
            assertThat(status).as(job.toString()).isNotEqualTo("FAILED");
            sleep();
        }
        throw new AssertionError("job " + url + " did not finish in 60 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
