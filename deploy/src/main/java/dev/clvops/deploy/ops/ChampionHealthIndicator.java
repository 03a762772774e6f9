package dev.clvops.deploy.ops;

import dev.clvops.platform.registry.ModelRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when at least one family has a champion (details list each family's champion version), DEGRADED when none
 * has (nothing can be scored yet) or the registry cannot be read, UNKNOWN without a registry bean.
 */
final class ChampionHealthIndicator implements HealthIndicator {

    private final ObjectProvider<ModelRegistry> registry;
    private final List<String> families;

    ChampionHealthIndicator(ObjectProvider<ModelRegistry> registry, List<String> families) {
        this.registry = registry;
        this.families = families;
    }

    @Override
    public Health health() {
        ModelRegistry models = registry.getIfAvailable();
        if (models == null) {
            return Health.unknown().withDetail("reason", "no model registry configured").build();
        }
        Map<String, Object> champions = new TreeMap<>();
        try {
            for (String family : families) {
                models.findByAlias(family, ModelRegistry.CHAMPION)
                        .ifPresent(version -> champions.put(family, version.version()));
            }
        } catch (RuntimeException e) {
            return Health.status(OpsStatus.DEGRADED).withDetail("error", String.valueOf(e.getMessage())).build();
        }
        Health.Builder health = champions.isEmpty() ? Health.status(OpsStatus.DEGRADED) : Health.up();
        return health.withDetail("champions", champions).build();
    }
}
