package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreCommandTests {

    private final InTestPorts ports = new InTestPorts();

    @Test
    void printsTheScoringReportAsOneJsonDocument() {
        CliRun run = CliRun.of(ports, "score", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(ports.requests).containsExactly("champion of the best family");
        assertThat(run.json().get("scoringRunId").asLong()).isEqualTo(11);
        assertThat(run.json().get("snapshotId").asLong()).isEqualTo(4);
        assertThat(run.json().get("cutoff").asString()).isEqualTo("2026-10-11");
        assertThat(run.json().get("family").asString()).isEqualTo("bgnbd");
        assertThat(run.json().get("modelVersion").asInt()).isEqualTo(2);
        assertThat(run.json().get("rows").asLong()).isEqualTo(5);
        assertThat(run.json().get("durationSeconds").asDouble()).isEqualTo(1.25);
    }

    @Test
    void scoresWithTheNamedFamilyAndPrintsASummary() {
        CliRun run = CliRun.of(ports, "score", "--family", "xgboost");

        assertThat(ports.requests).containsExactly("xgboost");
        assertThat(run.out()).contains("Scoring run 11: 5 customers of snapshot 4 (cutoff 2026-10-11) with xgboost v2"
                + " over 180 days in 1.3 s");
    }

    @Test
    void withoutAChampionFailsWithExitCodeOneAndAJsonError() {
        ports.noChampion = true;

        CliRun run = CliRun.of(ports, "score", "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json().get("error").get("message").asString()).contains("no family has a champion");
    }
}
