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

/** {@code ingest}, {@code train} and {@code score} against the real platform on the test database. */
class ScoreCommandIT {

    private static final Path CDNOW_SAMPLE = Path.of(System.getProperty("clvops.shared", "../../shared") + "/data/cdnow/CDNOW_sample.txt");

    @TempDir
    Path home;

    @Test
    void scoresEveryCustomerWithTheTrainedChampionAndANewRunEachTime() {
        TestDatabase.truncateAll();
        try (SpringServices services = new SpringServices(new SpringApplicationBuilder(ClvopsApplication.class)
                .web(WebApplicationType.NONE).run("--CLVOPS_DB_URL=" + TestDatabase.jdbcUrl(),
                        "--CLVOPS_DB_USER=postgres", "--clvops.deploy.home=" + home, "--CLVOPS_DEMO=false"))) {
            assertThat(CliRun.of(services, "ingest", CDNOW_SAMPLE.toString(), "--format", "cdnow").exitCode()).isZero();
            CliRun train = CliRun.of(services, "train", "--horizon", "26w", "--families", "bgnbd,baseline", "--json");
            assertThat(train.exitCode()).as(train.err()).isZero();

            CliRun first = CliRun.of(services, "score", "--json");
            CliRun second = CliRun.of(services, "score", "--family", "baseline", "--json");

            assertThat(first.exitCode()).as(first.err()).isZero();
            JsonNode report = first.json();
            assertThat(report.get("family").asString()).isEqualTo(train.json().get("champion").asString());
            assertThat(report.get("rows").asLong()).isEqualTo(2_357);
            assertThat(report.get("cutoff").asString()).isEqualTo("1998-06-30");
            assertThat(report.get("horizonDays").asInt()).isEqualTo(182);
            assertThat(second.json().get("family").asString()).isEqualTo("baseline");
            assertThat(second.json().get("scoringRunId").asLong()).isGreaterThan(report.get("scoringRunId").asLong());
            assertThat(second.json().get("snapshotId").asLong()).isEqualTo(report.get("snapshotId").asLong());
        }
    }
}
