package dev.clvops.platform.alerts;

import java.time.Instant;
import java.util.Map;

/**
 * One alert for operators.
 *
 * @param kind what the alert is about
 * @param severity how urgent it is
 * @param title a one-line summary, e.g. {@code Job build-features FAILED}
 * @param details facts as key/value pairs, e.g. {@code jobExecutionId}, {@code feature}, {@code psi}
 * @param time when the alerted event happened
 */
public record Alert(AlertKind kind, AlertSeverity severity, String title, Map<String, String> details, Instant time) {

    public Alert {
        if (title.isBlank()) {
            throw new IllegalArgumentException("alert title is blank");
        }
        details = Map.copyOf(details);
    }
}
