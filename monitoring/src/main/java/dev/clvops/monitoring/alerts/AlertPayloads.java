package dev.clvops.monitoring.alerts;

import dev.clvops.platform.alerts.Alert;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/** Renders an alert as the webhook's JSON body. */
final class AlertPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AlertPayloads() {
    }

    static String render(Alert alert, WebhookSettings.PayloadFormat format) {
        return JSON.writeValueAsString(switch (format) {
            case JSON -> fields(alert);
            case SLACK -> Map.of("text", text(alert));
        });
    }

    /** {@code kind, severity, title, details, time}: details sorted by key so payloads are stable. */
    private static Map<String, Object> fields(Alert alert) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", alert.kind().name());
        fields.put("severity", alert.severity().name());
        fields.put("title", alert.title());
        fields.put("details", new TreeMap<>(alert.details()));
        fields.put("time", alert.time().toString());
        return fields;
    }

    /** Slack mrkdwn: a bold first line, then one {@code key: value} line per detail. */
    static String text(Alert alert) {
        StringBuilder text = new StringBuilder()
                .append('*').append('[').append(alert.severity()).append("] ").append(alert.title()).append('*')
                .append("\nkind: ").append(alert.kind()).append("\ntime: ").append(alert.time());
        new TreeMap<>(alert.details()).forEach((key, value) -> text.append('\n').append(key).append(": ").append(value));
        return text.toString();
    }
}
