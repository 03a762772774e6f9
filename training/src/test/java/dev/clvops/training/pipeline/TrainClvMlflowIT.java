package dev.clvops.training.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.ingest.IngestFormat;
import dev.clvops.platform.ingest.IngestRequest;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ClvSettings;
import dev.clvops.platform.registry.ModelArtifact;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.testing.TestDatabase;
import dev.clvops.training.modelstore.ClvModelCodec;
import dev.clvops.training.registry.ModelRegistries;
import dev.clvops.training.registry.PromotionGate;
import dev.clvops.training.registry.RegistrySettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Trains on the CDNOW sample with the MLflow registry, then downloads each champion's model file from MLflow,
 * decodes it and checks it predicts exactly what the trained model did. Start MLflow with
 * {@code eval "$(.ci/mlflow.sh start)"} (CLVOPS_TEST_MLFLOW_URL).
 */
@SpringBootTest(classes = {TrainingTestApplication.class, TrainClvMlflowIT.Mlflow.class},
        properties = {"spring.batch.job.enabled=false", "spring.main.allow-bean-definition-overriding=true"})
class TrainClvMlflowIT {

    private static final String URL_VARIABLE = "CLVOPS_TEST_MLFLOW_URL";

    @Autowired
    TrainingService training;

    @Autowired
    ModelRegistry registry;

    @Autowired
    OrderIngestion ingestion;

    @Autowired
    TrainingSetSource trainingSets;

    @Test
    void championsDownloadedFromMlflowPredictExactlyWhatTheTrainedModelsDid() {
        TestDatabase.truncateAll();
        ingestion.ingest(new IngestRequest(Path.of(System.getProperty("clvops.shared", "../../shared") + "/data/cdnow/CDNOW_sample.txt"), IngestFormat.CDNOW),
                ProgressListener.NONE);

        TrainingReport report = training.train(TrainingRequest.latest()
                .withFamilies(List.of("bgnbd", "paretonbd", "baseline")), ProgressListener.NONE);

        assertThat(report.registryStatus()).isEqualTo("READY");
        var rows = trainingSets.load(report.snapshot().id(), TimeUnit.DAYS).rows().subList(0, 200);
        for (String family : List.of("bgnbd", "paretonbd", "baseline")) {
            ModelVersion champion = registry.findByAlias(family, ModelRegistry.CHAMPION).orElseThrow();
            ModelArtifact file = registry.downloadArtifact(family, champion.version(), ClvModelCodec.FILE_NAME)
                    .orElseThrow();
            ClvModel trained = report.families().get(family).model();
            ClvModel downloaded = ClvModelCodec.decode(family, file.bytes());
            ClvSettings settings = new ClvSettings(0.1, 0.5);

            assertThat(champion.version()).isEqualTo(report.families().get(family).version().version());
            assertThat(downloaded.predictAll(rows, 365, settings)).as(family)
                    .isEqualTo(trained.predictAll(rows, 365, settings));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Mlflow {

        @Bean
        @Primary
        ModelRegistry modelRegistry(DataSource dataSource) throws IOException {
            return ModelRegistries.create(RegistrySettings.of(serverUrl(),
                    Files.createTempDirectory("clvops-mlflow-it")), dataSource, Clock.systemUTC());
        }

        @Bean
        @Primary
        PromotionGate promotionGate(ModelRegistry modelRegistry, TrainingSettings settings) {
            return new PromotionGate(modelRegistry, settings.promotionPolicy(), Clock.systemUTC());
        }
    }

    private static URI serverUrl() {
        String url = System.getProperty(URL_VARIABLE, System.getenv(URL_VARIABLE));
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(URL_VARIABLE + " is not set: TrainClvMlflowIT needs a real MLflow server. "
                    + "Run `eval \"$(.ci/mlflow.sh start)\"` first (or -Dclvops.mlflow.it.skip=true to leave this IT "
                    + "out of a local build).");
        }
        return URI.create(url);
    }
}
