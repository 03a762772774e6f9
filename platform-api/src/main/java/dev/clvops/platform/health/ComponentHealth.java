package dev.clvops.platform.health;

import java.util.Map;

/**
 * One health check's result, as the actuator's {@code /health} shows it.
 *
 * @param name the check, e.g. {@code db}, {@code registry}, {@code featureFreshness}
 * @param status {@code UP}, {@code DEGRADED}, {@code DOWN}, {@code OUT_OF_SERVICE} or {@code UNKNOWN}
 * @param details what the check saw, as text by name
 */
public record ComponentHealth(String name, String status, Map<String, String> details) {

    public ComponentHealth {
        details = Map.copyOf(details);
    }
}
