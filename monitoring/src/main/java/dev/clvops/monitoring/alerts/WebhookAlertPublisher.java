package dev.clvops.monitoring.alerts;

import dev.clvops.platform.alerts.Alert;
import dev.clvops.platform.alerts.AlertPublisher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each alert, then POSTs it to the webhook on a single daemon thread: a 2xx answer delivers it, anything else
 * (an error status, a time-out, a refused connection) schedules the next attempt after an exponential backoff until
 * {@link WebhookSettings#maxAttempts()}, after which the alert is logged as undelivered. {@link #publish} never blocks.
 */
public final class WebhookAlertPublisher implements AlertPublisher, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebhookAlertPublisher.class);

    private final WebhookSettings settings;
    private final HttpClient http;
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "clvops-alerts");
        thread.setDaemon(true);
        return thread;
    });

    public WebhookAlertPublisher(WebhookSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public void publish(Alert alert) {
        logAlert(alert);
        URI url = settings.url();
        if (url != null && !sender.isShutdown()) {
            sender.execute(() -> attempt(url, alert, AlertPayloads.render(alert, settings.format()), 1));
        }
    }

    private void attempt(URI url, Alert alert, String body, int attempt) {
        String failure = send(url, body);
        if (failure == null) {
            log.debug("Alert '{}' delivered to {} on attempt {}", alert.title(), url, attempt);
        } else if (sender.isShutdown()) {
            log.warn("Alert '{}' not delivered to {}: the publisher closed during attempt {}", alert.title(), url, attempt);
        } else if (attempt >= settings.maxAttempts()) {
            log.error("Alert '{}' not delivered to {} after {} attempts: {}", alert.title(), url, attempt, failure);
        } else {
            long delay = settings.backoffBefore(attempt + 1).toMillis();
            log.warn("Alert '{}' attempt {} to {} failed ({}); retrying in {} ms", alert.title(), attempt, url,
                    failure, delay);
            sender.schedule(() -> attempt(url, alert, body, attempt + 1), delay, TimeUnit.MILLISECONDS);
        }
    }

    /** Null when delivered, else why not. */
    private @Nullable String send(URI url, String body) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? null : "HTTP " + status;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void logAlert(Alert alert) {
        String format = "Alert {} [{}] {} {}";
        switch (alert.severity()) {
            case CRITICAL -> log.error(format, alert.kind(), alert.severity(), alert.title(), alert.details());
            case WARNING -> log.warn(format, alert.kind(), alert.severity(), alert.title(), alert.details());
            case INFO -> log.info(format, alert.kind(), alert.severity(), alert.title(), alert.details());
        }
    }

    /** Stops sending: attempts already running finish, scheduled retries are dropped. */
    @Override
    public void close() {
        sender.shutdownNow();
        http.close();
    }
}
