package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clvops.ClvopsApplication;
import dev.clvops.monitoring.drift.DriftVerdict;
import dev.clvops.monitoring.drift.FeatureDrift;
import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.monitoring.driftcheck.MonitorReport;
import dev.clvops.monitoring.driftcheck.ParameterShift;
import dev.clvops.monitoring.simulate.DriftKind;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.TrainingSet;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.modelstore.ClvModelCodec;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.IngestSummary;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.training.pipeline.TrainingRequest;
import dev.clvops.training.pipeline.TrainingService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Demo orders → ingest → train → as-of-now snapshot; then each simulated batch is ingested through the real ingest,
 * snapshotted and monitored against the champion's training snapshot. Every batch but the last is removed again, so
 * each kind drifts from the same base.
 */
@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "clvops.monitoring.min-new-orders=1",
            "clvops.monitoring.cooldown=0s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonitorCommandIT {

    private static final Path HOME = home();

    @LocalServerPort
    int port;
    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    DemoDataGenerator generator;
    @Autowired
    OrderIngestion ingestion;
    @Autowired
    FeatureStore features;
    @Autowired
    TrainingService training;
    @Autowired
    DriftMonitor monitor;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ModelRegistry registry;
    @Autowired
    TrainingSetSource trainingSets;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        TestDatabase.truncateAll();
        registry.add("clvops.deploy.home", HOME::toString);
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @BeforeAll
    void trainOnDemoOrders() {
        Path orders = HOME.resolve("demo-orders.csv");
        generator.generate(new GeneratorSettings(3000, 24, 11, 0.0, LocalDate.of(2024, 1, 1)), orders,
                ProgressListener.NONE);
        ingestion.ingest(new IngestRequest(orders, IngestFormat.ORDERS), ProgressListener.NONE);
        training.train(TrainingRequest.at(null, 30).withFamilies(List.of("bgnbd", "gammagamma")),
                ProgressListener.NONE);
    }

    @Test
    @Order(1)
    void aDriftFreeBatchRaisesNothing() throws IOException {
        MonitorReport report = batch(DriftKind.PRICE_SHIFT, 0, true);

        assertThat(flagged(report)).as(describe(report)).isEmpty();
        assertThat(report.alerts()).as(describe(report)).isFalse();
        assertThat(report.refitCohort()).isNotNull();
        assertThat(report.refitCohort().windowDays()).isEqualTo(365);
        assertThat(report.refitCohort().customers()).isGreaterThanOrEqualTo(500);
        assertThat(report.parameters()).extracting(ParameterShift::parameter).contains("r", "alpha", "a", "b");
        assertThat(report.parameterAlert()).as(describe(report)).isFalse();
    }

    @Test
    @Order(2)
    void aChurnWaveAlertsOnRecentOrdersSpendRecencyAndDropoutParametersAndLeavesTheRestAlone() throws IOException {
        MonitorReport report = batch(DriftKind.CHURN_WAVE, 0.9, true);

        assertThat(alerted(report)).as(describe(report)).containsAll(DriftKind.CHURN_WAVE.touches());
        assertThat(flagged(report)).as(describe(report)).allMatch(DriftKind.CHURN_WAVE::moves);
        // the last year's customers mostly stopped buying in the latest month: refitted on them, the dropout moves
        assertThat(report.parameters().stream().filter(ParameterShift::alert).map(ParameterShift::parameter))
                .as(describe(report)).isNotEmpty().isSubsetOf("a", "b");
    }

    @Test
    @Order(3)
    void aNewChannelDriftsOnlyTheChannel() throws IOException {
        MonitorReport report = batch(DriftKind.NEW_CHANNEL, 0.5, true);

        assertThat(alerted(report)).as(describe(report)).containsExactly("channel");
        assertThat(flagged(report)).as(describe(report)).containsExactly("channel");
        assertThat(report.driftedFeatures()).containsExactly("channel");
        assertThat(report.features().stream().filter(f -> f.feature().equals("channel")).findFirst().orElseThrow()
                .bins()).contains(DriftKind.NEW_CHANNEL_NAME);
    }

    @Test
    @Order(4)
    void aPriceShiftAlertsOnRecentSpendOnlyAndIsStoredWithHistory() throws IOException {
        MonitorReport report = batch(DriftKind.PRICE_SHIFT, 2.0, false);

        assertThat(alerted(report)).as(describe(report)).containsAll(DriftKind.PRICE_SHIFT.touches())
                .allMatch(DriftKind.PRICE_SHIFT::moves);
        assertThat(flagged(report)).as(describe(report)).allMatch(DriftKind.PRICE_SHIFT::moves);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM drift_reports", Long.class)).isEqualTo(4);
        assertThat(report.performance()).isNull();
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT report_id) FROM drift_report_features"
                + " WHERE feature = 'spend_30d'", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM drift_baselines", Long.class)).isEqualTo(1);
    }

    @Test
    @Order(5)
    void performanceOnAMaturedScoringRunIsJudgedAgainstTheTrainingMetrics() {
        MonitorReport before = monitor.latest().orElseThrow();
        long scoringRun = scoreWithTheChampion(before.family(), before.modelVersion(), before.referenceSnapshotId());

        MonitorReport report = monitor.monitor();

        assertThat(report.performance()).isNotNull();
        assertThat(report.performance().scoringRunId()).isEqualTo(scoringRun);
        assertThat(report.performance().customers()).isEqualTo(jdbc.queryForObject(
                "SELECT row_count FROM scoring_runs WHERE scoring_run_id = ?", Integer.class, scoringRun));
        var gini = report.performance().metrics().stream().filter(m -> m.metric().equals("normalized_gini"))
                .findFirst().orElseThrow();
        assertThat(gini.realised()).isCloseTo(gini.training(), within(1e-6));
        assertThat(report.performance().alert()).isFalse();
        assertThat(report.prediction()).isNotNull();
        assertThat(report.prediction().psi()).isZero();
    }

    /** What the scoring job stores: the champion's undiscounted predictions for every customer of a snapshot. */
    private long scoreWithTheChampion(String family, int version, long snapshotId) {
        ClvModel model = ClvModelCodec.decode(family, registry.downloadArtifact(family, version,
                ClvModelCodec.FILE_NAME).orElseThrow().bytes());
        TrainingSet set = trainingSets.load(new SnapshotId(snapshotId), TimeUnit.DAYS);
        List<CustomerPrediction> predictions = model.predictAll(set.rows(), set.horizonDays(),
                ClvSettings.UNDISCOUNTED_REVENUE);
        long run = jdbc.queryForObject("INSERT INTO scoring_runs (snapshot_id, family, model_version, horizon_days,"
                + " status, row_count) VALUES (?, ?, ?, ?, 'COMPLETED', ?) RETURNING scoring_run_id", Long.class,
                snapshotId, family, version, set.horizonDays(), predictions.size());
        jdbc.batchUpdate("INSERT INTO customer_predictions (scoring_run_id, customer_id, expected_purchases, p_alive,"
                + " expected_spend, clv) VALUES (?, ?, ?, ?, ?, ?)", predictions.stream().map(p -> new Object[] {
                    run, p.customerId(), p.expectedPurchases(), p.probabilityAlive(), p.expectedSpendPerOrder(),
                    p.clv()}).toList());
        return run;
    }

    @Test
    @Order(6)
    void prometheusShowsTheDriftGaugesAndMonitorAndRetrainRunFromTheCli() throws Exception {
        SpringServices services = new SpringServices(context);
        CliRun monitorRun = CliRun.of(services, "monitor", "--json");
        assertThat(monitorRun.exitCode()).as(monitorRun.err()).isZero();
        JsonNode report = monitorRun.json();
        assertThat(report.get("features").size()).isEqualTo(17);

        assertThat(scrape(port)).contains("clvops_drift_psi{", "feature=\"spend_30d\"", "clvops_drift_ks_d{",
                "clvops_drift_dataset");

        CliRun retrain = CliRun.of(services, "retrain", "--json");
        assertThat(retrain.exitCode()).as(retrain.err()).isZero();
        JsonNode decision = retrain.json();
        boolean datasetDrift = report.get("datasetDrift").asBoolean();
        assertThat(decision.get("retrain").asBoolean()).as(decision.toString()).isEqualTo(datasetDrift);
        if (!datasetDrift) {
            assertThat(decision.get("reason").asString()).isEqualTo("no drift since the last training");
        }

        JsonNode forced = CliRun.of(services, "retrain", "--force", "--json").json();
        assertThat(forced.get("retrain").asBoolean()).as(forced.toString()).isTrue();
        assertThat(forced.get("outcome").asString()).isIn("promoted", "kept");
        assertThat(forced.get("trainingRunId").asLong()).isPositive();
        assertThat(scrape(port)).contains("clvops_retrains_total{", "outcome=\"" + forced.get("outcome").asString());
    }

    private MonitorReport batch(DriftKind kind, double magnitude, boolean remove) throws IOException {
        Path file = HOME.resolve(kind.cliName() + "-" + magnitude + ".csv");
        CliRun simulate = CliRun.of(new SpringServices(context), "simulate-drift", "--kind", kind.cliName(),
                "--magnitude", Double.toString(magnitude), "--out", file.toString(), "--json");
        assertThat(simulate.exitCode()).as(simulate.err()).isZero();
        IngestSummary ingested = ingestion.ingest(new IngestRequest(file, IngestFormat.ORDERS), ProgressListener.NONE);
        assertThat(ingested.quarantined()).isZero();
        LocalDate latest = jdbc.queryForObject("SELECT max(order_date) FROM orders", LocalDate.class);
        FeatureSnapshot snapshot = features.build(new SnapshotRequest(latest, 0), ProgressListener.NONE);
        MonitorReport report = monitor.monitor();
        if (remove) {
            jdbc.update("DELETE FROM orders WHERE run_id = ?", ingested.runId());
            jdbc.update("DELETE FROM customers WHERE first_run_id = ?", ingested.runId());
            jdbc.update("DELETE FROM feature_snapshots WHERE snapshot_id = ?", snapshot.id().value());
        }
        return report;
    }

    /** Features with an ALERT. */
    private static List<String> alerted(MonitorReport report) {
        return report.features().stream().filter(f -> f.verdict() == DriftVerdict.ALERT).map(FeatureDrift::feature)
                .toList();
    }

    /** Features with a WARNING or an ALERT. */
    private static List<String> flagged(MonitorReport report) {
        return report.features().stream().filter(f -> f.verdict() != DriftVerdict.NONE).map(FeatureDrift::feature)
                .toList();
    }

    private static String describe(MonitorReport report) {
        StringBuilder text = new StringBuilder("\n");
        report.features().forEach(f -> text.append(String.format("%s psi=%.4f effect=%.4f p=%.4g %s%n", f.feature(),
                f.psi(), f.effectSize(), f.pValue(), f.verdict())));
        return text.append(report.parameters()).append(' ').append(report.refitCohort()).toString();
    }

    private static String scrape(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Path home() {
        try {
            return Files.createTempDirectory(Path.of("target"), "monitor-home");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
