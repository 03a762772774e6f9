package dev.clvops.deploy.ops;

import dev.clvops.platform.registry.ModelRegistry;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Pings the model registry by listing the first family's versions. Unreachable is DEGRADED, not DOWN: the
 * resilient registry queues registrations in PostgreSQL meanwhile. No registry bean is UNKNOWN.
 */
final class RegistryHealthIndicator implements HealthIndicator {

    private final ObjectProvider<ModelRegistry> registry;
    private final List<String> families;

    RegistryHealthIndicator(ObjectProvider<ModelRegistry> registry, List<String> families) {
        this.registry = registry;
        this.families = families;
    }

    @Override
    public Health health() {
        ModelRegistry models = registry.getIfAvailable();
        if (models == null) {
            return Health.unknown().withDetail("reason", "no model registry configured").build();
        }
        String family = families.getFirst();
        try {
            int versions = models.listVersions(family).size();
            return Health.up().withDetail("registry", models.getClass().getSimpleName())
                    .withDetail("family", family).withDetail("versions", versions)
                    .withDetail("pendingRegistrations", models.pendingRegistrations().size()).build();
        } catch (RuntimeException e) {
            return Health.status(OpsStatus.DEGRADED).withDetail("registry", models.getClass().getSimpleName())
                    .withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
