package dev.clvops.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the {@code ./clvops} launcher as a user does, on a copy of the built jar in a scratch root (no sources there,
 * so it never builds): it extracts the jar once per build, records the JDK 25+ AOT cache in a training run of its
 * own, starts commands from them with only the result on stdout, and starts over (dropping the old extraction)
 * when the jar changes.
 */
class LauncherIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final boolean AOT = Runtime.version().feature() >= 25;

    @TempDir
    Path root;

    @Test
    void extractsOnceRecordsTheCacheAndKeepsStdoutForTheResult() throws Exception {
        Path jar = root.resolve("deploy/target/clvops.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(MODULE.resolve("target/clvops.jar"), jar);
        Files.copy(MODULE.resolveSibling("clvops"), root.resolve("clvops"), StandardCopyOption.COPY_ATTRIBUTES);

        Result generate = launch(Map.of(), "generate", "--customers", "40", "--months", "6", "--seed", "3",
                "--out", root.resolve("orders.csv").toString(), "--json");

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        long rows = generate.json().get("orderRows").asLong();
        assertThat(rows).isPositive();
        Path app = extraction();
        assertThat(app.resolve("clvops.jar")).isRegularFile();
        assertThat(app.resolve("clvops.aot").toFile().isFile()).isEqualTo(AOT);
        assertThat(generate.err().contains("recording the start-up cache")).isEqualTo(AOT);

        // AOTMode=on makes the JVM fail when it cannot use the cache, so this run proves the cache is valid
        Result ingest = launch(AOT ? Map.of("CLVOPS_JAVA_OPTS", "-XX:AOTMode=on") : Map.of(), "ingest",
                root.resolve("orders.csv").toString(), "--json");

        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.json().get("rowsRead").asLong()).isEqualTo(rows);
        assertThat(ingest.err()).doesNotContain("recording the start-up cache");
        assertThat(root.resolve("home/postgres")).isDirectory();

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60))); // "a new build"
        Result help = launch(Map.of(), "--help");

        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(help.out()).startsWith("Usage: clvops");
        Path rebuilt = extraction(); // the only one: the older build's, which no process has open, is gone
        assertThat(rebuilt).isNotEqualTo(app);
        assertThat(rebuilt.resolve("clvops.aot").toFile().isFile()).isEqualTo(AOT);
    }

    /** The one extracted build under deploy/target/app. */
    private Path extraction() throws IOException {
        try (Stream<Path> builds = Files.list(root.resolve("deploy/target/app"))) {
            List<Path> all = builds.toList();
            assertThat(all).hasSize(1);
            return all.getFirst();
        }
    }

    private Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("clvops").toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(root, "stdout", ".txt");
        Path err = Files.createTempFile(root, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("CLVOPS_"));
        builder.environment().putAll(Map.of("JAVA_HOME", System.getProperty("java.home"),
                "CLVOPS_HOME", root.resolve("home").toString(), "CLVOPS_DEMO", "false"));
        builder.environment().putAll(env);
        int exitCode = builder.start().waitFor();
        return new Result(exitCode, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build().readTree(out);
        }
    }
}
