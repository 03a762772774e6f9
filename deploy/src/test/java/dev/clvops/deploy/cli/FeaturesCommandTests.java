package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.features.SnapshotRequest;
import dev.clvops.platform.features.TimeUnit;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesCommandTests {

    private final InTestPorts ports = new InTestPorts();

    @TempDir
    Path dir;

    @Test
    void buildsTheSnapshotAndExportsItInWeeks() {
        Path export = dir.resolve("features.csv");

        CliRun run = CliRun.of(ports, "features", "--cutoff", "2026-05-31", "--horizon", "26w", "--export",
                export.toString(), "--time-unit", "weeks", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(ports.requests).containsExactly(new SnapshotRequest(LocalDate.of(2026, 5, 31), 182), TimeUnit.WEEKS);
        assertThat(run.json().get("snapshotId").asLong()).isEqualTo(3);
        assertThat(run.json().get("cutoff").asString()).isEqualTo("2026-05-31");
        assertThat(run.json().get("export").get("rows").asLong()).isEqualTo(5);
        assertThat(export).exists();
    }

    @Test
    void withoutExportOnlyBuildsAndPrintsASummary() {
        CliRun run = CliRun.of(ports, "features", "--cutoff", "2026-05-31", "--horizon", "180");

        assertThat(ports.requests).containsExactly(new SnapshotRequest(LocalDate.of(2026, 5, 31), 180));
        assertThat(run.out()).contains("Snapshot 3: 5 customers at cutoff 2026-05-31, horizon 180 days");
    }

    @Test
    void badCutoffIsABadArgument() {
        CliRun run = CliRun.of(ports, "features", "--cutoff", "31/05/2026", "--horizon", "180d", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.json().get("error").get("message").asString()).contains("--cutoff");
        assertThat(ports.requests).isEmpty();
    }
}
