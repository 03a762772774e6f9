package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClvopsCliTests {

    private final InTestPorts ports = new InTestPorts();

    @TempDir
    Path dir;

    @Test
    void helpPrintsUsageOnStdoutAndExitsZero() {
        CliRun run = CliRun.of(ports, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: clvops").contains("ingest", "quarantine", "generate", "features");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void subcommandHelpWithJsonIsOneJsonDocument() {
        CliRun run = CliRun.of(ports, "ingest", "--help", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("help").asString()).startsWith("Usage: clvops ingest").contains("--format");
    }

    @Test
    void unknownOptionExitsTwoWithOneJsonErrorDocumentAndMessageOnStderr() {
        CliRun run = CliRun.of(ports, "ingest", "orders.csv", "--bogus", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.json().get("error").get("exitCode").asInt()).isEqualTo(2);
        assertThat(run.err()).contains("--bogus").contains("clvops ingest --help");
        assertThat(ports.requests).isEmpty();
    }

    @Test
    void missingFileExitsTwoWithoutCallingThePlatform() {
        CliRun run = CliRun.of(ports, "ingest", dir.resolve("absent.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no such file");
        assertThat(ports.requests).isEmpty();
    }

    @Test
    void ingestWithJsonPrintsTheSummaryAsOneDocumentAndProgressOnStderr() throws IOException {
        Path file = Files.writeString(dir.resolve("orders.csv"), "customer_id,order_date,order_value\n");

        CliRun run = CliRun.of(ports, "ingest", file.toString(), "--format", "online-retail", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("runId").asLong()).isEqualTo(7);
        assertThat(run.json().get("format").asString()).isEqualTo("online-retail");
        assertThat(run.json().get("rowsRead").asLong()).isEqualTo(10);
        assertThat(run.json().get("reasons").get("order_value: negative").asLong()).isEqualTo(1);
        assertThat(run.err()).contains("ingest-orders: 100%");
    }

    @Test
    void ingestWithoutJsonPrintsAHumanSummary() throws IOException {
        Path file = Files.writeString(dir.resolve("orders.csv"), "customer_id,order_date,order_value\n");

        CliRun run = CliRun.of(ports, "ingest", file.toString());

        assertThat(run.out()).contains("10 rows read, 7 loaded, 1 duplicates, 2 quarantined, 3 customers")
                .contains("order_date: not a date");
    }

    @Test
    void unusableInputExitsTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("junk.csv"), "garbage\n");
        ports.ingestUnusable = true;

        CliRun run = CliRun.of(ports, "ingest", file.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.json().get("error").get("message").asString()).contains("no recognisable header");
    }

    @Test
    void unknownFormatExitsTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("orders.csv"), "x\n");

        CliRun run = CliRun.of(ports, "ingest", file.toString(), "--format", "parquet");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'parquet'");
    }

    @Test
    void platformFailureExitsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("orders.csv"), "x\n");
        Services broken = new InTestPorts() {
            @Override
            public dev.clvops.platform.ingest.OrderIngestion ingestion() {
                throw new IllegalStateException("database is down");
            }
        };

        CliRun run = CliRun.of(broken, "ingest", file.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json().get("error").get("message").asString()).isEqualTo("database is down");
    }
}
