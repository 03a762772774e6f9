package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs {@code clvops} as its own JVM process, as a user would, to check exit codes and what reaches stdout. */
class ClvopsProcessIT {

    @TempDir
    Path home;

    @Test
    void helpExitsZeroWithOnlyTheUsageOnStdout() throws Exception {
        Result result = clvops("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: clvops").contains("Exit codes: 0 success");
    }

    @Test
    void badArgumentWithJsonExitsTwoWithExactlyOneJsonDocumentOnStdout() throws Exception {
        Result result = clvops("features", "--cutoff", "2026-05-31", "--horizon", "6 months", "--json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.json().get("error").get("message").asString()).contains("'6 months' is not a horizon");
        assertThat(result.err()).contains("clvops features --help");
    }

    @Test
    void missingInputFileExitsTwoWithoutStartingTheDatabase() throws Exception {
        Result result = clvops("ingest", home.resolve("absent.csv").toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.json().get("error").get("message").asString()).contains("no such file");
        assertThat(home.resolve("postgres")).doesNotExist();
    }

    private Result clvops(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-DCLVOPS_HOME=" + home, "-cp", System.getProperty("java.class.path"),
                ClvopsApplication.class.getName()));
        command.addAll(List.of(args));
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exitCode = process.waitFor();
        return new Result(exitCode, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build().readTree(out);
        }
    }
}
