package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineCommandTests {

    private final InTestPorts ports = new InTestPorts();

    @TempDir
    Path dir;

    @Test
    void listsTheRowsOfOneRunWithTheirReasons() {
        CliRun run = CliRun.of(ports, "quarantine", "--run", "7", "--limit", "1", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(ports.requests).containsExactly(OptionalLong.of(7));
        assertThat(run.json().get("rows")).hasSize(1);
        assertThat(run.json().get("rows").get(0).get("reason").asString()).startsWith("order_date");
        assertThat(run.json().get("rows").get(0).get("lineNumber").asLong()).isEqualTo(3);
    }

    @Test
    void exportsEveryRowToAFile() {
        Path target = dir.resolve("quarantine.csv");

        CliRun run = CliRun.of(ports, "quarantine", "--export", target.toString());

        assertThat(run.out()).contains("Exported 2 quarantined rows");
        assertThat(target).exists();
    }

    @Test
    void zeroLimitIsABadArgument() {
        assertThat(CliRun.of(ports, "quarantine", "--limit", "0").exitCode()).isEqualTo(2);
    }
}
