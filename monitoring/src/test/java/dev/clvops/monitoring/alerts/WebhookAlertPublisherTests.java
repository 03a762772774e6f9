package dev.clvops.monitoring.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import dev.clvops.platform.alerts.Alert;
import dev.clvops.platform.alerts.AlertKind;
import dev.clvops.platform.alerts.AlertSeverity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookAlertPublisherTests {

    private static final Alert ALERT = new Alert(AlertKind.JOB_FAILURE, AlertSeverity.CRITICAL, "Job build-features FAILED",
            Map.of("jobExecutionId", "42", "exitCode", "FAILED"), Instant.parse("2026-11-21T14:05:00Z"));

    private final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void postsTheAlertFieldsAsJson() throws Exception {
        URI url = serve(List.of(200));

        try (WebhookAlertPublisher publisher = publisher(url, WebhookSettings.PayloadFormat.JSON, 3)) {
            publisher.publish(ALERT);
            JsonNode body = JsonMapper.builder().build().readTree(bodies.poll(5, TimeUnit.SECONDS));

            assertThat(body.get("kind").asString()).isEqualTo("JOB_FAILURE");
            assertThat(body.get("severity").asString()).isEqualTo("CRITICAL");
            assertThat(body.get("title").asString()).isEqualTo("Job build-features FAILED");
            assertThat(body.get("details").get("jobExecutionId").asString()).isEqualTo("42");
            assertThat(body.get("time").asString()).isEqualTo("2026-11-21T14:05:00Z");
        }
    }

    @Test
    void postsASlackTextPayload() throws Exception {
        URI url = serve(List.of(200));

        try (WebhookAlertPublisher publisher = publisher(url, WebhookSettings.PayloadFormat.SLACK, 3)) {
            publisher.publish(ALERT);
            JsonNode body = JsonMapper.builder().build().readTree(bodies.poll(5, TimeUnit.SECONDS));

            assertThat(body.propertyNames()).containsExactly("text");
            assertThat(body.get("text").asString()).startsWith("*[CRITICAL] Job build-features FAILED*")
                    .contains("\nexitCode: FAILED").contains("\njobExecutionId: 42");
        }
    }

    @Test
    void retriesAfterTwoServerErrorsAndDeliversOnTheThirdAttempt() throws Exception {
        URI url = serve(List.of(500, 500, 200));

        try (WebhookAlertPublisher publisher = publisher(url, WebhookSettings.PayloadFormat.JSON, 5)) {
            publisher.publish(ALERT);
            for (int i = 0; i < 3; i++) {
                assertThat(bodies.poll(5, TimeUnit.SECONDS)).contains("build-features");
            }

            assertThat(bodies.poll(300, TimeUnit.MILLISECONDS)).isNull();
            assertThat(requests).hasValue(3);
        }
    }

    @Test
    void givesUpAfterMaxAttemptsAndLogsTheUndeliveredAlert() throws Exception {
        URI url = serve(List.of(500, 500, 500, 500, 500));
        Logger logger = (Logger) LoggerFactory.getLogger(WebhookAlertPublisher.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);

        try (WebhookAlertPublisher publisher = publisher(url, WebhookSettings.PayloadFormat.JSON, 3)) {
            publisher.publish(ALERT);
            for (int i = 0; i < 3; i++) {
                assertThat(bodies.poll(5, TimeUnit.SECONDS)).isNotNull();
            }

            assertThat(bodies.poll(500, TimeUnit.MILLISECONDS)).isNull();
            assertThat(requests).hasValue(3);
            assertThat(List.copyOf(logged.list)).anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                assertThat(event.getFormattedMessage()).contains("not delivered").contains("after 3 attempts: HTTP 500");
            });
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void publishReturnsWhileTheWebhookIsStillAnswering() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        AtomicBoolean answeredAfterRelease = new AtomicBoolean();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try {
                answeredAfterRelease.set(released.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");

        try (WebhookAlertPublisher publisher = publisher(url, WebhookSettings.PayloadFormat.JSON, 1)) {
            publisher.publish(ALERT);
            released.countDown();

            assertThat(bodies.poll(15, TimeUnit.SECONDS)).contains("build-features");
            assertThat(answeredAfterRelease).isTrue();
        }
    }

    @Test
    void doublesTheBackoffBeforeEachRetry() {
        WebhookSettings settings = new WebhookSettings(null, WebhookSettings.PayloadFormat.JSON, 5,
                Duration.ofMillis(100), Duration.ofSeconds(1));

        assertThat(List.of(settings.backoffBefore(2), settings.backoffBefore(3), settings.backoffBefore(4)))
                .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400));
    }

    private static WebhookAlertPublisher publisher(URI url, WebhookSettings.PayloadFormat format, int attempts) {
        return new WebhookAlertPublisher(new WebhookSettings(url, format, attempts, Duration.ofMillis(20),
                Duration.ofSeconds(2)));
    }

    /** A webhook on 127.0.0.1 answering the given statuses in turn (the last one repeats). */
    private URI serve(List<Integer> statuses) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            int index = requests.getAndIncrement();
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(statuses.get(Math.min(index, statuses.size() - 1)), -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }
}
