package dev.clvops.training.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvTrainer;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.TrainingRun;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.training.modelstore.ClvModelCodec;
import dev.clvops.training.probabilistic.BtydClvTrainer;
import dev.clvops.training.xgboost.XgboostClvTrainer;
import dev.clvops.training.xgboost.XgboostHyperParameters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@SpringBootTest(classes = ScoringTestApplication.class, properties = "spring.batch.job.enabled=false")
class ScoreCustomersJobIT {

    @Autowired
    DemoDataGenerator generator;
    @Autowired
    OrderIngestion ingestion;
    @Autowired
    FeatureStore features;
    @Autowired
    TrainingSetSource trainingSets;
    @Autowired
    ModelRegistry registry;
    @Autowired
    ScoringService scoring;
    @Autowired
    PredictionQueries queries;

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
    private FeatureSnapshot training;

    @BeforeEach
    void ingestOrdersAndBuildATrainingSnapshot(@TempDir Path dir) {
        TestDatabase.truncateAll();
        Path orders = dir.resolve("orders.csv");
        generator.generate(new GeneratorSettings(1_500, 18, 7, 0.0, LocalDate.of(2024, 1, 1)), orders,
                ProgressListener.NONE);
        ingestion.ingest(new IngestRequest(orders, IngestFormat.ORDERS), ProgressListener.NONE);
        LocalDate latest = jdbc.queryForObject("SELECT max(order_date) FROM orders", LocalDate.class);
        training = features.build(new SnapshotRequest(latest.minusDays(180), 180), ProgressListener.NONE);
    }

    @Test
    void scoresEveryCustomerOfTheAsOfNowSnapshotWithTheChampion() {
        ModelVersion champion = registerChampion(BtydClvTrainer.bgNbd(), TimeUnit.WEEKS, 0.4);
        List<JobProgress> reports = new CopyOnWriteArrayList<>();

        ScoringReport report = scoring.score(null, reports::add);

        FeatureSnapshot asOfNow = features.find(report.snapshot()).orElseThrow();
        assertThat(asOfNow.horizonDays()).isZero();
        assertThat(asOfNow.cutoff()).isEqualTo(jdbc.queryForObject("SELECT max(order_date) FROM orders",
                LocalDate.class));
        assertThat(report.rows()).isEqualTo(asOfNow.rowCount()).isGreaterThan(1_000);
        assertThat(count("SELECT count(*) FROM customer_predictions WHERE scoring_run_id = ?", report))
                .isEqualTo(asOfNow.rowCount());
        assertThat(count("SELECT count(*) FROM customer_predictions WHERE scoring_run_id = ? AND NOT "
                + "(clv_p10 <= clv_p50 AND clv_p50 <= clv_p90 AND clv >= 0 AND p_alive BETWEEN 0 AND 1)", report))
                .isZero();
        assertThat(jdbc.queryForMap("SELECT family, model_version, horizon_days, status, model_run_id "
                + "FROM scoring_runs WHERE scoring_run_id = ?", report.scoringRunId()))
                .containsEntry("family", "bgnbd").containsEntry("model_version", champion.version())
                .containsEntry("horizon_days", 180).containsEntry("status", "COMPLETED")
                .containsEntry("model_run_id", champion.runId().value());
        assertThat(reports.getLast().done()).isEqualTo(asOfNow.rowCount());
        assertThat(reports.getLast().unit()).isEqualTo("customers");
    }

    @Test
    void aSecondRunCreatesANewScoringRunOnTheSameSnapshot() {
        registerChampion(BtydClvTrainer.bgNbd(), TimeUnit.WEEKS, 0.4);

        ScoringReport first = scoring.score(null, ProgressListener.NONE);
        ScoringReport second = scoring.score(null, ProgressListener.NONE);

        assertThat(second.scoringRunId()).isGreaterThan(first.scoringRunId());
        assertThat(second.snapshot()).isEqualTo(first.snapshot());
        assertThat(queries.latestRun().orElseThrow().id()).isEqualTo(second.scoringRunId());
        assertThat(count("SELECT count(*) FROM feature_snapshots WHERE horizon_days = 0", first)).isEqualTo(1);
        String customer = jdbc.queryForObject("SELECT min(customer_id) FROM customer_predictions", String.class);
        assertThat(queries.predictions(customer)).extracting(StoredPrediction::scoringRunId)
                .containsExactly(second.scoringRunId(), first.scoringRunId());
        assertThat(queries.latestPrediction(customer).orElseThrow().clv())
                .isEqualTo(queries.predictions(customer).getLast().clv());
    }

    @Test
    void picksTheChampionWithTheBestMetricAndExplainsXgboostPredictions() throws Exception {
        registerChampion(BtydClvTrainer.bgNbd(), TimeUnit.WEEKS, 0.3);
        registerChampion(new XgboostClvTrainer(new XgboostHyperParameters(
                dev.clvops.training.xgboost.XgboostObjective.LOG1P, 1.5, 0.3, 3, 20, 5, 0.8, 0.8, 1.0, 0.2, 1L, 1,
                true, true)), TimeUnit.DAYS, 0.5);

        ScoringReport report = scoring.score(null, ProgressListener.NONE);

        assertThat(report.family()).isEqualTo("xgboost");
        String factors = jdbc.queryForObject("SELECT top_factors::text FROM customer_predictions "
                + "WHERE scoring_run_id = ? ORDER BY customer_id LIMIT 1", String.class, report.scoringRunId());
        JsonNode top = new ObjectMapper().readTree(factors);
        assertThat(top.size()).isEqualTo(5);
        assertThat(top.get(0).has("feature")).isTrue();
        assertThat(count("SELECT count(*) FROM customer_predictions WHERE scoring_run_id = ? AND NOT "
                + "(clv_p10 <= clv_p50 AND clv_p50 <= clv_p90)", report)).isZero();
    }

    @Test
    void failsWithoutAChampionAndLeavesNoScoringRun() {
        assertThatThrownBy(() -> scoring.score(null, ProgressListener.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no family has a champion");

        assertThat(queries.latestRun()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scoring_runs", Long.class)).isZero();
    }

    private ModelVersion registerChampion(ClvTrainer trainer, TimeUnit unit, double gini) {
        ClvModel model = trainer.fit(trainingSets.load(training.id(), unit));
        ModelVersion version = registry.register(new TrainingRun(model.provenance(),
                Map.of("normalized_gini", gini), List.of(ClvModelCodec.encode(model))));
        registry.setAlias(model.family(), ModelRegistry.CHAMPION, version.version());
        return version;
    }

    private long count(String sql, ScoringReport report) {
        return sql.contains("?") ? jdbc.queryForObject(sql, Long.class, report.scoringRunId())
                : jdbc.queryForObject(sql, Long.class);
    }
}
