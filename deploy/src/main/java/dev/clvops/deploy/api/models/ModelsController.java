package dev.clvops.deploy.api.models;

import dev.clvops.deploy.api.Problems;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "models", description = "Registry versions, arena metrics and drift")
class ModelsController {

    static final List<String> FAMILIES = List.of("bgnbd", "paretonbd", "baseline", "xgboost");

    private final ModelRegistry registry;
    private final ModelQueries queries;

    ModelsController(ModelRegistry registry, ModelQueries queries) {
        this.registry = registry;
        this.queries = queries;
    }

    /** One family: its versions (newest first, with aliases and metrics) and promotion decisions. */
    record Family(String family, List<ModelVersion> versions, List<PromotionDecision> decisions) {
    }

    /** Arena metrics: the latest training runs when the training module records them, and the registry's. */
    record Metrics(List<Map<String, Object>> trainingRuns, Map<String, Map<String, Double>> champions,
                   List<ModelVersion> versions) {
    }

    @GetMapping("/models")
    @Operation(summary = "Registered versions and aliases of every model family")
    List<Family> models() {
        return FAMILIES.stream().map(this::family).toList();
    }

    @GetMapping("/models/{family}")
    @Operation(summary = "Registered versions, aliases and promotion decisions of one family")
    Family model(@PathVariable String family) {
        if (!FAMILIES.contains(family)) {
            throw Problems.notFound("No model family '" + family + "'; families: " + FAMILIES);
        }
        return family(family);
    }

    @GetMapping("/metrics")
    @Operation(summary = "Arena metrics: latest training runs and registry version metrics")
    Metrics metrics(@RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > 100) {
            throw Problems.invalid("limit", "must be between 1 and 100 (got " + limit + ")");
        }
        Map<String, Map<String, Double>> champions = new LinkedHashMap<>();
        List<ModelVersion> versions = FAMILIES.stream().flatMap(f -> registry.listVersions(f).stream()).toList();
        versions.stream().filter(v -> v.hasAlias(ModelRegistry.CHAMPION))
                .forEach(v -> champions.put(v.family(), v.metrics()));
        return new Metrics(queries.trainingRuns(limit), champions, versions);
    }

    @GetMapping("/drift")
    @Operation(summary = "The latest drift report")
    Map<String, Object> drift() {
        return queries.latestDriftReport().orElseThrow(() -> Problems.notFound("No drift report yet"));
    }

    @GetMapping("/drift/history")
    @Operation(summary = "Drift reports, newest first")
    List<Map<String, Object>> driftHistory(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw Problems.invalid("limit", "must be between 1 and 500 (got " + limit + ")");
        }
        List<Map<String, Object>> reports = queries.driftReports(limit);
        if (reports.isEmpty()) {
            throw Problems.notFound("No drift report yet");
        }
        return reports;
    }

    private Family family(String family) {
        return new Family(family, registry.listVersions(family), registry.decisions(family));
    }
}
