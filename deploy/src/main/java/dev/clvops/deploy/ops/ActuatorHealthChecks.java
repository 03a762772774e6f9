package dev.clvops.deploy.ops;

import dev.clvops.platform.health.ComponentHealth;
import dev.clvops.platform.health.HealthChecks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.stereotype.Component;

/** The actuator's health checks (the same contributors {@code /actuator/health} runs), nested ones as {@code a/b}. */
@Component
class ActuatorHealthChecks implements HealthChecks {

    private final HealthContributorRegistry registry;

    ActuatorHealthChecks(HealthContributorRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ComponentHealth> check() {
        List<ComponentHealth> checks = new ArrayList<>();
        registry.stream().forEach(entry -> add(entry.name(), entry.contributor(), checks));
        checks.sort(Comparator.comparing(ComponentHealth::name));
        return List.copyOf(checks);
    }

    private static void add(String name, HealthContributor contributor, List<ComponentHealth> checks) {
        switch (contributor) {
            case HealthIndicator indicator -> checks.add(health(name, indicator));
            case CompositeHealthContributor composite -> composite.stream()
                    .forEach(entry -> add(name + "/" + entry.name(), entry.contributor(), checks));
            default -> { }
        }
    }

    private static ComponentHealth health(String name, HealthIndicator indicator) {
        Health health;
        try {
            health = indicator.health(true);
        } catch (RuntimeException e) {
            health = Health.down(e).build();
        }
        Map<String, String> details = new LinkedHashMap<>();
        health.getDetails().forEach((key, value) -> details.put(key, String.valueOf(value)));
        return new ComponentHealth(name, health.getStatus().getCode(), details);
    }
}
