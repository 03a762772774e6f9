package dev.clvops.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health through a database outage: the server runs on an external PostgreSQL (a zonky instance whose data
 * directory survives a restart), which the test stops and starts again on the same port.
 */
@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "spring.datasource.hikari.connection-timeout=1500",
                "spring.datasource.hikari.validation-timeout=1000"})
class DatabaseOutageHealthIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Path dataDirectory;
    private static int databasePort;
    private static EmbeddedPostgres database;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory(Path.of("target"), "outage-home");
        dataDirectory = home.resolve("external-pg");
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        database = startDatabase();
        registry.add("clvops.deploy.home", home::toString);
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + databasePort + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void healthGoesDownWhileTheDatabaseIsStoppedAndUpAgainAfterItRestarts() throws Exception {
        assertThat(status("/actuator/health/db", 200)).isEqualTo("UP");

        database.close();
        JsonNode down = JSON.readTree(body("/actuator/health", 503));
        String readiness = status("/actuator/health/readiness", 503);
        String liveness = status("/actuator/health/liveness", 200);
        database = startDatabase();

        assertThat(down.get("status").asString()).isEqualTo("DOWN");
        assertThat(down.at("/components/db/status").asString()).isEqualTo("DOWN");
        assertThat(down.at("/components/featureFreshness/status").asString()).isEqualTo("DOWN");
        assertThat(readiness).isEqualTo("DOWN");
        assertThat(liveness).isEqualTo("UP");
        assertThat(eventually("/actuator/health/db")).isEqualTo("UP");
        assertThat(eventually("/actuator/health/readiness")).isEqualTo("UP");
    }

    /** The pool notices the restarted server on its next validation: give it a few seconds. */
    private String eventually(String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (HttpClient client = HttpClient.newHttpClient()) {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || System.nanoTime() > deadline) {
                    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
                    return JSON.readTree(response.body()).get("status").asString();
                }
            }
            Thread.sleep(250);
        }
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false).start();
    }

    private String status(String path, int expectedStatus) throws Exception {
        return JSON.readTree(body(path, expectedStatus)).get("status").asString();
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
