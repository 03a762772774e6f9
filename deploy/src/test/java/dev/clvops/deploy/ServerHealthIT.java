package dev.clvops.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clvops.ClvopsApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = ClvopsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clvops.deploy.demo.enabled=false")
class ServerHealthIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void temporaryHome(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory(Path.of("target"), "server-health-home");
        registry.add("clvops.deploy.home", home::toString);
    }

    @Test
    void healthIsUpWithTheDatabaseUp() throws Exception {
        String health = get("/actuator/health");

        assertThat(health).contains("\"status\":\"UP\"").contains("\"db\":{").contains("PostgreSQL");
        assertThat(get("/actuator/health/liveness")).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness")).contains("\"db\"").contains("\"status\":\"UP\"");
    }

    @Test
    void flywayMigratedTheSchemaAndBatchJobsDidNotRunAtStart() {
        Integer tables = jdbc.queryForObject("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename IN ('orders', 'batch_job_instance', 'flyway_schema_history')", Integer.class);
        Integer jobRuns = jdbc.queryForObject("SELECT count(*) FROM batch_job_execution", Integer.class);

        assertThat(tables).isEqualTo(3);
        assertThat(jobRuns).isZero();
    }

    private String get(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
