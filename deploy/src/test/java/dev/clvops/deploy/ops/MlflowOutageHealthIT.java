package dev.clvops.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import dev.clvops.platform.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health through an MLflow outage: the server uses its own {@code mlflow server} (from the venv .ci/mlflow.sh caches,
 * on a free port, with its backend store in a temporary folder, so the shared CI server is untouched), which the
 * test stops and starts again on the same port and store.
 */
@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "clvops.scheduler.enabled=false"})
class MlflowOutageHealthIT {

    private static final Logger log = LoggerFactory.getLogger(MlflowOutageHealthIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static Path work;
    private static int mlflowPort;
    private static Process mlflow;

    @LocalServerPort
    int port;

    /** Before the application context loads (per-method test instances), so a missing venv skips the class. */
    @BeforeAll
    static void startOwnMlflowServer() throws Exception {
        Path executable = mlflowExecutable();
        work = Files.createTempDirectory(Path.of("target"), "mlflow-outage").toAbsolutePath();
        try (ServerSocket socket = new ServerSocket(0)) {
            mlflowPort = socket.getLocalPort();
        }
        mlflow = startMlflow(executable);
    }

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        TestDatabase.truncateAll();
        registry.add("clvops.deploy.home", () -> work.resolve("home").toString());
        registry.add("clvops.registry.mlflow-url", () -> "http://127.0.0.1:" + mlflowPort);
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stopMlflow() {
        if (mlflow != null) {
            stop(mlflow);
        }
    }

    @Test
    void registryHealthIsDegradedWhileMlflowIsStoppedAndUpAgainAfterItRestarts() throws Exception {
        assertThat(component("registry", 200)).isEqualTo("UP");

        stop(mlflow);
        JsonNode away = JSON.readTree(body("/actuator/health", 200));
        String registryAway = component("registry", 200);
        mlflow = startMlflow(mlflowExecutable());

        assertThat(registryAway).isEqualTo("DEGRADED");
        assertThat(away.at("/components/registry/status").asString()).isEqualTo("DEGRADED");
        assertThat(away.at("/components/registry/details/error").asString()).contains("unreachable");
        assertThat(away.get("status").asString()).isIn("DEGRADED", "DOWN");
        assertThat(eventuallyUp("/actuator/health/registry")).isEqualTo("UP");
    }

    /** The venv .ci/mlflow.sh creates; without it (and without a CI server) the test is skipped. */
    private static Path mlflowExecutable() {
        String cache = System.getenv().getOrDefault("CLVOPS_CACHE",
                Path.of(System.getProperty("user.home"), ".cache", "clvops").toString());
        Path venv = Path.of(System.getenv().getOrDefault("CLVOPS_MLFLOW_VENV", cache + "/mlflow-venv"));
        Path executable = venv.resolve("bin/mlflow");
        if (!Files.isExecutable(executable)) {
            String url = System.getenv("CLVOPS_TEST_MLFLOW_URL");
            if (url == null || url.isBlank()) {
                // Surefire does not list a class skipped in @BeforeAll, so the reason goes to the build log as well
                String reason = "MlflowOutageHealthIT skipped: no MLflow venv at " + venv
                        + " and CLVOPS_TEST_MLFLOW_URL unset; run `.ci/mlflow.sh install` (or ./clvops test)";
                log.warn(reason);
                Assumptions.abort(reason);
            }
            throw new IllegalStateException("CLVOPS_TEST_MLFLOW_URL is set but there is no MLflow venv at " + venv
                    + " to start a server of this test's own (set CLVOPS_MLFLOW_VENV)");
        }
        return executable;
    }

    private static Process startMlflow(Path executable) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(executable.toString(), "server", "--host", "127.0.0.1",
                "--port", Integer.toString(mlflowPort), "--backend-store-uri", "sqlite:///" + work.resolve("mlflow.db"),
                "--serve-artifacts", "--artifacts-destination", work.resolve("artifacts").toString(), "--workers", "1"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("server.log")
                        .toFile())).start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!healthy()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                stop(process);
                throw new IllegalStateException("mlflow server on port " + mlflowPort + " did not become healthy: "
                        + Files.readString(work.resolve("server.log")));
            }
            Thread.sleep(500);
        }
        return process;
    }

    private static boolean healthy() {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + mlflowPort + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The server and its workers (uvicorn/gunicorn children), then waits until the port is closed. */
    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (healthy() && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls for UP for up to 30 s: a connection pooled before the outage may fail one call after the restart. */
    private String eventuallyUp(String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            String status = JSON.readTree(body(path, 200)).get("status").asString();
            if (status.equals("UP") || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(500);
        }
    }

    private String component(String name, int expectedStatus) throws Exception {
        return JSON.readTree(body("/actuator/health/" + name, expectedStatus)).get("status").asString();
    }

    private String body(String path, int expectedStatus) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
            return response.body();
        }
    }
}
