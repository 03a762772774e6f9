package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import dev.clvops.platform.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import tools.jackson.databind.JsonNode;

/** {@code ingest}, {@code train}, {@code models} and {@code promote} against the real platform on the test database. */
class TrainCommandIT {

    private static final Path CDNOW_SAMPLE = Path.of(System.getProperty("clvops.shared", "../../shared") + "/data/cdnow/CDNOW_sample.txt");

    @TempDir
    Path home;

    @Test
    void trainJsonIsOneDocumentWithParamsAndMetricsPerFamilyThenModelsAndManualPromotion() {
        TestDatabase.truncateAll();
        try (SpringServices services = new SpringServices(new SpringApplicationBuilder(ClvopsApplication.class)
                .web(WebApplicationType.NONE).run("--CLVOPS_DB_URL=" + TestDatabase.jdbcUrl(),
                        "--CLVOPS_DB_USER=postgres", "--clvops.deploy.home=" + home, "--CLVOPS_DEMO=false"))) {
            assertThat(CliRun.of(services, "ingest", CDNOW_SAMPLE.toString(), "--format", "cdnow").exitCode()).isZero();

            CliRun train = CliRun.of(services, "train", "--horizon", "26w", "--families", "bgnbd,gammagamma,baseline",
                    "--json");

            assertThat(train.exitCode()).as(train.err()).isZero();
            JsonNode report = train.json();
            assertThat(report.get("snapshot").get("horizonDays").asInt()).isEqualTo(182);
            assertThat(report.get("families").get("bgnbd").get("params").get("r").asDouble()).isPositive();
            assertThat(report.get("families").get("bgnbd").get("metrics").get("normalized_gini").isNumber()).isTrue();
            assertThat(report.get("families").get("gammagamma").get("params").get("q").asDouble()).isPositive();
            assertThat(report.get("families").get("baseline").get("metrics").get("rmse").asDouble()).isPositive();
            assertThat(report.get("champion").asString()).isIn("bgnbd", "baseline");
            assertThat(report.get("promotion")).hasSize(2);
            assertThat(report.get("gate").get("recommendations").get("bgnbd").get("recommended").asBoolean()).isTrue();
            assertThat(report.get("registry").get("status").asString()).isEqualTo("READY");

            JsonNode models = CliRun.of(services, "models", "--json").json().get("models");
            assertThat(models.get("bgnbd").get(0).get("aliases").get(0).asString()).isEqualTo("champion");
            assertThat(models.get("bgnbd").get(0).get("lineage").get("snapshotId").asString())
                    .isEqualTo(report.get("snapshot").get("id").asString());

            CliRun promote = CliRun.of(services, "promote", "baseline", "1", "--json");
            assertThat(promote.json().get("reason").asString()).startsWith("manual promotion");
            assertThat(CliRun.of(services, "promote", "bgnbd", "9").exitCode()).isEqualTo(2);
        }
    }
}
