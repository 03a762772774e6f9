package dev.clvops.monitoring.driftcheck;

import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The champion to monitor: among the families' champions, the one whose family saw the latest promotion (a family
 * without promotion decisions ranks by its champion's registration time); its training snapshot comes from
 * {@code model_baselines}.
 */
final class ChampionLocator {

    private final ModelRegistry registry;
    private final JdbcTemplate jdbc;
    private final List<String> families;

    ChampionLocator(ModelRegistry registry, JdbcTemplate jdbc, List<String> families) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.families = families;
    }

    Champion locate() {
        ModelVersion champion = families.stream()
                .map(family -> registry.findByAlias(family, ModelRegistry.CHAMPION))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(this::promotedAt))
                .orElseThrow(() -> new IllegalStateException("no champion model in " + families + "; train first"));
        List<Long> snapshot = jdbc.queryForList(
                "SELECT snapshot_id FROM model_baselines WHERE family = ? AND model_version = ?", Long.class,
                champion.family(), champion.version());
        if (snapshot.isEmpty()) {
            throw new IllegalStateException("champion " + champion.family() + " v" + champion.version()
                    + " has no training snapshot in model_baselines");
        }
        return new Champion(champion.family(), champion.version(), new SnapshotId(snapshot.getFirst()));
    }

    private Instant promotedAt(ModelVersion champion) {
        return registry.decisions(champion.family()).stream()
                .filter(PromotionDecision::promoted)
                .map(PromotionDecision::decidedAt)
                .max(Comparator.naturalOrder())
                .orElse(champion.createdAt());
    }
}
