package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.platform.demo.GeneratorSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTests {

    private final InTestPorts ports = new InTestPorts();
    private final Clock midNovember = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void defaultsGenerate50000CustomersOverTheLast24WholeMonthsWithSeed42() {
        int exit = run("--out", dir.resolve("orders.csv").toString());

        assertThat(exit).isZero();
        assertThat(ports.requests).containsExactly(
                new GeneratorSettings(50_000, 24, 42, 0.0, LocalDate.of(2024, 11, 1)));
    }

    @Test
    void explicitSettingsReachTheGenerator() {
        run("--customers", "500", "--months", "6", "--seed", "7", "--dirty", "0.1", "--out",
                dir.resolve("o.csv").toString());

        assertThat(ports.requests).containsExactly(new GeneratorSettings(500, 6, 7, 0.1, LocalDate.of(2026, 5, 1)));
    }

    @Test
    void dirtyFractionAboveHalfIsABadArgument() {
        int exit = run("--dirty", "0.9", "--out", dir.resolve("o.csv").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(ports.requests).isEmpty();
    }

    @Test
    void missingOutIsABadArgument() {
        assertThat(run("--customers", "10")).isEqualTo(2);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GenerateCommand(() -> ports, midNovember));
        cli.setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }
}
