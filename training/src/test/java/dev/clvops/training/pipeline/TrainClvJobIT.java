package dev.clvops.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.JobProgress;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.model.EvaluationReader;
import dev.clvops.platform.model.FamilyEvaluation;
import dev.clvops.platform.model.TrainingEvaluation;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.testing.TestDatabase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Trains every family on the CDNOW sample (1997-01 to 1998-06), ingested through the real ingest job. */
@SpringBootTest(classes = TrainingTestApplication.class, properties = "spring.batch.job.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainClvJobIT {

    private static final Path CDNOW_SAMPLE = Path.of(System.getProperty("clvops.shared", "../../shared") + "/data/cdnow/CDNOW_sample.txt");

    @Autowired
    TrainingService training;

    @Autowired
    ModelRegistry registry;

    @Autowired
    OrderIngestion ingestion;

    @Autowired
    EvaluationReader evaluations;

    private final JdbcTemplate jdbc = new JdbcTemplate(TestDatabase.dataSource());
    private final List<JobProgress> progress = new CopyOnWriteArrayList<>();
    private TrainingReport first;

    @BeforeAll
    void ingestAndTrainOnce() {
        TestDatabase.truncateAll();
        ingestion.ingest(new IngestRequest(CDNOW_SAMPLE, IngestFormat.CDNOW), ProgressListener.NONE);
        first = training.train(TrainingRequest.latest(), progress::add);
    }

    @Test
    void trainsOnTheLatestOrderDateMinusTheDefaultHorizon() {
        assertThat(first.snapshot().cutoff()).isEqualTo(LocalDate.of(1998, 6, 30).minusDays(180));
        assertThat(first.snapshot().horizonDays()).isEqualTo(180);
        assertThat(first.snapshot().rowCount()).isEqualTo(2357);
        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.registryStatus()).isEqualTo("READY");
    }

    @Test
    void fitsEveryFamilyAndReportsGammaGammaOnceAsTheSpendModel() {
        assertThat(first.families()).containsOnlyKeys("bgnbd", "paretonbd", "gammagamma", "xgboost", "baseline");
        assertThat(first.families().get("gammagamma").status()).isEqualTo("SPEND_MODEL");
        assertThat(first.families().get("gammagamma").params()).containsKeys("p", "q", "gamma");
        assertThat(first.families().get("bgnbd").params()).containsKeys("r", "alpha", "a", "b", "spend.p");
        for (String family : List.of("bgnbd", "paretonbd", "xgboost", "baseline")) {
            FamilyReport report = first.families().get(family);
            assertThat(report.status()).as(family + ": " + report.note()).isEqualTo("TRAINED");
            assertThat(report.metrics().get("normalized_gini")).as(family).isFinite();
            assertThat(report.metrics().get("rmse")).as(family).isFinite().isPositive();
            assertThat(report.calibration()).as(family).hasSize(10);
        }
        assertThat(first.champion()).isIn("bgnbd", "paretonbd", "xgboost", "baseline");
    }

    @Test
    void tracksExpectedAgainstActualRepeatPurchasesWeekByWeek() {
        List<TrackingWeek> tracking = first.families().get("bgnbd").tracking();

        assertThat(tracking).hasSize(26);
        assertThat(tracking.getLast().actual()).isEqualTo(jdbc.queryForObject("""
                SELECT count(DISTINCT (customer_id, order_date)) FROM orders
                WHERE order_date > DATE '1998-01-01' AND order_date <= DATE '1998-06-30'""", Long.class));
        assertThat(tracking.getLast().expected()).isCloseTo(tracking.getLast().actual(),
                org.assertj.core.data.Percentage.withPercentage(25));
        assertThat(tracking).isSortedAccordingTo((a, b) -> Double.compare(a.expected(), b.expected()));
    }

    @Test
    void storesACompactHoldoutEvaluationPerArenaFamilyWithShapForXgboost() {
        TrainingEvaluation evaluation = evaluations.evaluation(first.runId()).orElseThrow();

        assertThat(evaluation.champion()).isEqualTo(first.champion());
        Map<String, FamilyEvaluation> byFamily = evaluation.families().stream()
                .collect(Collectors.toMap(FamilyEvaluation::family, f -> f));
        for (String family : List.of("bgnbd", "paretonbd", "xgboost", "baseline")) {
            FamilyEvaluation f = byFamily.get(family);
            assertThat(f.metrics().get("rmse")).as(family)
                    .isEqualTo(first.families().get(family).metrics().get("rmse"));
            assertThat(f.deciles()).as(family).hasSize(10);
            assertThat(f.sample()).as(family).hasSize(2000);
            assertThat(f.residuals().stream().mapToLong(b -> b.customers()).sum()).as(family).isEqualTo(2357);
            assertThat(f.version()).as(family).isNotNull();
        }
        assertThat(byFamily.get("xgboost").importance()).isNotEmpty();
        assertThat(byFamily.get("xgboost").shap()).isNotEmpty().allSatisfy(s -> assertThat(s.points()).hasSize(500));
        assertThat(byFamily.get("bgnbd").shap()).isEmpty();
        assertThat(byFamily.get("bgnbd").tracking()).hasSize(26);
        assertThat(byFamily.get("gammagamma").sample()).isEmpty();
    }

    @Test
    void recordsTheRunAndRegistersEveryArenaFamilyWithTheChampionAliasSet() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM training_runs WHERE run_id = ? AND status = 'COMPLETED'"
                + " AND gate IS NOT NULL AND tracking -> 'bgnbd' IS NOT NULL AND jsonb_array_length(promotion) = 4",
                Long.class, first.runId())).isOne();
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT family) FROM model_versions", Long.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM model_baselines WHERE training_run_id = ?", Long.class,
                first.runId())).isEqualTo(4);
        assertThat(first.decisions()).hasSize(4).allSatisfy(d -> assertThat(d.promoted()).isTrue());
        assertThat(registry.findByAlias("bgnbd", ModelRegistry.CHAMPION)).hasValueSatisfying(v -> {
            assertThat(v.params()).containsEntry("snapshot_id", first.snapshot().id().toString());
            assertThat(v.artifactNames()).contains("model.bin", "feature_schema.json", "evaluation.json",
                    "calibration.csv", "tracking.csv");
        });
        assertThat(progress.getLast().job()).isEqualTo("train-clv:promote");
        assertThat(progress.getLast().fraction()).isEqualTo(1.0);
    }

    @Test
    void retrainingOnTheSameSnapshotComparesWithTheChampionAndKeepsItWithoutEnoughImprovement() {
        TrainingReport second = training.train(TrainingRequest.onSnapshot(first.snapshot().id())
                .withFamilies(List.of("bgnbd", "baseline")), ProgressListener.NONE);

        assertThat(second.snapshot().id()).isEqualTo(first.snapshot().id());
        assertThat(second.families()).containsOnlyKeys("bgnbd", "baseline");
        assertThat(second.decisions()).hasSize(2).allSatisfy(decision -> {
            assertThat(decision.promoted()).isFalse();
            assertThat(decision.championValue()).isEqualTo(decision.candidateValue());
        });
        assertThat(registry.findByAlias("bgnbd", ModelRegistry.CHALLENGER)).map(v -> v.version()).contains(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM feature_snapshots WHERE horizon_days = 180 AND cutoff = ?",
                Long.class, first.snapshot().cutoff())).isOne();
        assertThat(new SnapshotId(first.snapshot().id().value())).isEqualTo(second.snapshot().id());
    }
}
