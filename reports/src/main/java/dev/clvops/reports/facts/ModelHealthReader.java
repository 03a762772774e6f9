package dev.clvops.reports.facts;

import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.RegistryUnavailableException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The scoring model, its champion and metrics through the registry port, and the drift status. */
final class ModelHealthReader {

    static final String NO_MODEL = "No model has scored the customers yet: predicted value, tiers and the churn "
            + "outlook appear once a champion model is trained and scores them.";
    private final JdbcClient jdbc;
    private final Supplier<@Nullable ModelRegistry> registry;
    private final List<String> families;

    ModelHealthReader(JdbcClient jdbc, Supplier<@Nullable ModelRegistry> registry, List<String> families) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.families = List.copyOf(families);
    }

    ModelHealth health(@Nullable Long scoringRunId) {
        String drift = new DriftStatus(jdbc).describe();
        Map<String, Object> scoring = scoringRunId == null ? Map.of() : jdbc.sql("SELECT family, model_version,"
                + " horizon_days FROM scoring_runs WHERE scoring_run_id = ?").param(scoringRunId).query().singleRow();
        ModelRegistry models = registry.get();
        if (scoring.isEmpty()) {
            return championWithoutScores(models, drift);
        }
        String family = (String) scoring.get("family");
        int version = ((Number) scoring.get("model_version")).intValue();
        int horizon = ((Number) scoring.get("horizon_days")).intValue();
        if (models == null) {
            return new ModelHealth(family, version, null, Map.of(), null, horizon, drift, "no model registry");
        }
        try {
            Optional<ModelVersion> scored = models.findVersion(family, version);
            Integer champion = models.findByAlias(family, ModelRegistry.CHAMPION).map(ModelVersion::version)
                    .orElse(null);
            return new ModelHealth(family, version, champion, scored.map(ModelVersion::metrics).orElse(Map.of()),
                    lastRetrain(models, family), horizon, drift, null);
        } catch (RegistryUnavailableException e) {
            return new ModelHealth(family, version, null, Map.of(), null, horizon, drift,
                    "model registry unreachable: " + e.getMessage());
        }
    }

    private ModelHealth championWithoutScores(@Nullable ModelRegistry models, String drift) {
        if (models == null) {
            return new ModelHealth(null, null, null, Map.of(), null, 0, drift, NO_MODEL);
        }
        try {
            for (String family : families) {
                Optional<ModelVersion> champion = models.findByAlias(family, ModelRegistry.CHAMPION);
                if (champion.isPresent()) {
                    return new ModelHealth(family, null, champion.get().version(), champion.get().metrics(),
                            lastRetrain(models, family), 0, drift, "Champion " + family + " v"
                            + champion.get().version() + " has not scored the customers yet.");
                }
            }
            return new ModelHealth(null, null, null, Map.of(), null, 0, drift, NO_MODEL);
        } catch (RegistryUnavailableException e) {
            return new ModelHealth(null, null, null, Map.of(), null, 0, drift,
                    "model registry unreachable: " + e.getMessage());
        }
    }

    private static @Nullable Instant lastRetrain(ModelRegistry models, String family) {
        return models.listVersions(family).stream().findFirst().map(ModelVersion::createdAt).orElse(null);
    }
}
