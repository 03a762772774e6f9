package dev.clvops.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.clvops.ClvopsApplication;
import dev.clvops.deploy.security.ApiTokens;
import dev.clvops.deploy.security.Role;
import dev.clvops.deploy.security.UserAccounts;
import dev.clvops.platform.metrics.OpsMetrics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Health indicators, metrics and job-failure alerts of a running server whose MLflow URL is a closed port. */
@SpringBootTest(classes = {ClvopsApplication.class, OpsEndpointsIT.Extras.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clvops.deploy.demo.enabled=false", "clvops.ops.alerts.initial-backoff=50ms"})
class OpsEndpointsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BlockingQueue<String> WEBHOOK = new LinkedBlockingQueue<>();
    private static HttpServer webhook;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OpsMetrics opsMetrics;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    @Qualifier("alwaysFailsJob")
    Job alwaysFails;

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) throws IOException {
        Path home = Files.createTempDirectory(Path.of("target"), "ops-endpoints-home");
        registry.add("clvops.deploy.home", home::toString);
        // the real registry wiring, pointed at an MLflow that is not there
        try (ServerSocket socket = new ServerSocket(0)) {
            String closed = "http://127.0.0.1:" + socket.getLocalPort();
            registry.add("clvops.registry.mlflow-url", () -> closed);
        }
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            WEBHOOK.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        webhook.start();
        registry.add("clvops.ops.alerts.webhook-url",
                () -> "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook");
    }

    @AfterAll
    static void stopWebhook() {
        webhook.stop(0);
    }

    @BeforeEach
    void noSnapshots() {
        jdbc.update("DELETE FROM customer_features");
        jdbc.update("DELETE FROM feature_snapshots");
    }

    @Test
    void registryAtAClosedPortIsDegradedAndTheServerStillAnswers200() throws Exception {
        JsonNode health = JSON.readTree(get("/actuator/health", 200));
        JsonNode components = health.get("components");

        assertThat(health.get("status").asString()).isEqualTo("DEGRADED");
        assertThat(components.at("/registry/status").asString()).isEqualTo("DEGRADED");
        assertThat(components.at("/registry/details/error").asString()).contains("unreachable");
        assertThat(components.at("/champion/status").asString()).isEqualTo("DEGRADED");
        assertThat(components.at("/pipeline/status").asString()).isEqualTo("UP");
        assertThat(components.at("/pipeline/details/jobs").toString()).contains("build-features", "ingest-orders");
        assertThat(components.at("/diskSpace/status").asString()).isEqualTo("UP");
        assertThat(components.at("/db/status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness", 200)).contains("\"status\":\"UP\"");
    }

    @Test
    void featureFreshnessIsUpWithinTheMaximumAgeAndDegradedBeyondIt() throws Exception {
        assertThat(get("/actuator/health/featureFreshness", 200)).contains("\"status\":\"DEGRADED\"")
                .contains("no completed feature snapshot");

        insertSnapshot("now() - interval '2 hours'");
        assertThat(get("/actuator/health/featureFreshness", 200)).contains("\"status\":\"UP\"");

        jdbc.update("DELETE FROM feature_snapshots");
        insertSnapshot("now() - interval '27 hours'");
        assertThat(get("/actuator/health/featureFreshness", 200)).contains("\"status\":\"DEGRADED\"");
    }

    @Test
    void prometheusExposesOpsGaugesBatchJobAndHttpMetricsAndAFailedJobAlertsTheWebhook() throws Exception {
        opsMetrics.recordFeatureDrift("recency", 0.42, 0.21);
        opsMetrics.recordChampion("bgnbd", 7);
        BatchStatus status = jobOperator.start(alwaysFails,
                new JobParametersBuilder().addLong("run", System.nanoTime()).toJobParameters()).getStatus();
        get("/actuator/health", 200);

        String scrape = get("/actuator/prometheus", 200);

        assertThat(status).isEqualTo(BatchStatus.FAILED);
        assertThat(scrape).contains("clvops_drift_psi{application=\"clvops\",feature=\"recency\"} 0.42")
                .contains("clvops_drift_ks_d{application=\"clvops\",feature=\"recency\"} 0.21")
                .contains("clvops_champion_info{application=\"clvops\",family=\"bgnbd\",version=\"7\"} 1")
                .contains("clvops_ingest_rows_read_total{application=\"clvops\"} 0.0");
        assertThat(DashboardQueries.sampleNames(scrape))
                .contains("spring_batch_job_seconds_count", "http_server_requests_seconds_count");
        assertThat(scrape).containsPattern("spring_batch_job_seconds_count\\{[^}]*spring_batch_job_name=\"always-fails\"");
        String alert = WEBHOOK.poll(10, TimeUnit.SECONDS);
        assertThat(alert).contains("\"kind\":\"JOB_FAILURE\"").contains("\"title\":\"Job always-fails FAILED\"")
                .contains("deliberate failure");
    }

    @Test
    void systemEndpointServesTheSystemHealthReadModelToOps() throws Exception {
        if (!users.exists("ops-it")) {
            users.add("ops-it", Role.OPS, null);
        }
        String token = tokens.create("ops-it", Role.OPS).token();

        JsonNode system = JSON.readTree(get("/actuator/system", 200, "Bearer " + token));
        get("/actuator/system", 401, null);

        assertThat(system.at("/database/reachable").asBoolean()).isTrue();
        assertThat(system.at("/database/server_version").asString()).startsWith("18");
        assertThat(system.at("/jvm/heap_used_bytes").asLong()).isPositive();
        assertThat(system.at("/cpu/processors").asInt()).isPositive();
        assertThat(system.get("versions").toString()).contains("Spring Boot").contains("4.0.7")
                .contains("Spring Batch").contains("6.0.4").contains("Flyway").contains("13.12.0")
                .contains("xgboost4j").contains("MLflow client").contains("Hipparchus");
    }

    private void insertSnapshot(String createdAt) {
        jdbc.update("INSERT INTO feature_snapshots (cutoff, horizon_days, feature_set_version, status, created_at)"
                + " VALUES (current_date, 365, 'v1', 'COMPLETED', " + createdAt + ")");
    }

    private String get(String path, int expectedStatus) throws IOException, InterruptedException {
        return get(path, expectedStatus, null);
    }

    private String get(String path, int expectedStatus, @Nullable String authorization)
            throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
            return response.body();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Extras {

        @Bean
        Job alwaysFailsJob(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
            return new JobBuilder("always-fails", jobRepository)
                    .start(new StepBuilder("explode", jobRepository).tasklet((contribution, context) -> {
                        throw new IllegalStateException("deliberate failure");
                    }, transactionManager).build())
                    .build();
        }
    }
}
