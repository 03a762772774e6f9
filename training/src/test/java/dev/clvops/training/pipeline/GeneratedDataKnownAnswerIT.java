package dev.clvops.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clvops.platform.demo.GeneratorSettings;
import dev.clvops.platform.features.FeatureSnapshot;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.training.probabilistic.BgNbdModel;
import dev.clvops.training.probabilistic.BgNbdTrainer;
import dev.clvops.training.synthetic.BtydDemoDataGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Known answer: 50,000 customers drawn from a known BG/NBD population go through the real ingest and feature jobs;
 * BG/NBD fitted in days on the snapshot at the end of the history recovers the generator's r, α, a and b.
 */
@SpringBootTest(classes = TrainingTestApplication.class, properties = "spring.batch.job.enabled=false")
class GeneratedDataKnownAnswerIT {

    @Autowired
    OrderIngestion ingestion;

    @Autowired
    FeatureStore features;

    @Autowired
    TrainingSetSource trainingSets;

    @TempDir
    Path dir;

    @Test
    void bgNbdFittedOnGeneratedOrdersRecoversThePopulationParametersWithinTenPercent() throws Exception {
        TestDatabase.truncateAll();
        Path orders = dir.resolve("orders.csv");
        new BtydDemoDataGenerator().generate(new GeneratorSettings(50_000, 24, 42, 0.0, LocalDate.of(2024, 1, 1)),
                orders, ProgressListener.NONE);
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("orders.params.json").toFile());
        ingestion.ingest(new IngestRequest(orders, IngestFormat.AUTO), ProgressListener.NONE);
        FeatureSnapshot snapshot = features.build(new SnapshotRequest(
                LocalDate.parse(truth.get("history_end").asText()), 0), ProgressListener.NONE);

        BgNbdModel fitted = new BgNbdTrainer().fit(trainingSets.load(snapshot.id(), TimeUnit.DAYS));

        JsonNode bgNbd = truth.get("bg_nbd");
        System.out.printf("generated-data BG/NBD (days), fitted vs true: r %.4f/%s alpha %.3f/%s a %.4f/%s b %.4f/%s"
                        + " (%d customers)%n", fitted.r(), bgNbd.get("r"), fitted.alpha(), bgNbd.get("alpha"),
                fitted.a(), bgNbd.get("a"), fitted.b(), bgNbd.get("b"), snapshot.rowCount());
        assertThat(snapshot.rowCount()).isEqualTo(50_000);
        assertThat(fitted.r()).isCloseTo(bgNbd.get("r").asDouble(), withPercentage(10));
        assertThat(fitted.alpha()).isCloseTo(bgNbd.get("alpha").asDouble(), withPercentage(10));
        assertThat(fitted.a()).isCloseTo(bgNbd.get("a").asDouble(), withPercentage(10));
        assertThat(fitted.b()).isCloseTo(bgNbd.get("b").asDouble(), withPercentage(10));
    }
}
