package dev.clvops.training.pipeline;

import dev.clvops.platform.registry.ModelVersion;
import dev.clvops.platform.registry.PromotionDecision;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents of a run (for {@code training_runs} and the evaluation artifacts), as plain maps; the CLI
 * prints promotion decisions with {@link #decision}.
 */
public final class Documents {

    private Documents() {
    }

    static Map<String, Object> families(TrainingState state) {
        Map<String, Object> document = new LinkedHashMap<>();
        state.families.values().forEach(outcome -> document.put(outcome.family, family(outcome)));
        return document;
    }

    static Map<String, Object> family(FamilyOutcome outcome) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("status", outcome.status);
        document.put("note", outcome.note);
        document.put("params", outcome.params);
        document.put("metrics", outcome.metrics);
        document.put("calibration", outcome.calibration);
        document.put("fitSeconds", outcome.fitSeconds);
        if (outcome.model != null) {
            document.put("provenance", dev.clvops.training.registry.RunParams.of(outcome.model.provenance()));
        }
        if (outcome.version != null) {
            document.put("version", version(outcome.version));
        }
        return document;
    }

    static Map<String, Object> version(ModelVersion version) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("model", version.registeredModelName());
        document.put("version", version.version());
        document.put("status", version.status().name());
        document.put("runId", version.runId() == null ? null : version.runId().value());
        document.put("message", version.statusMessage());
        return document;
    }

    static Map<String, Object> tracking(TrainingState state) {
        Map<String, Object> document = new LinkedHashMap<>();
        state.families.values().stream().filter(outcome -> !outcome.tracking.isEmpty())
                .forEach(outcome -> document.put(outcome.family, outcome.tracking));
        return document;
    }

    static Map<String, Object> registry(TrainingState state) {
        Map<String, Object> versions = new LinkedHashMap<>();
        state.competitors().stream().filter(outcome -> outcome.version != null)
                .forEach(outcome -> versions.put(outcome.family, version(outcome.version)));
        return Map.of("status", state.registryStatus, "versions", versions);
    }

    static List<Map<String, Object>> decisions(List<PromotionDecision> decisions) {
        return decisions.stream().map(Documents::decision).toList();
    }

    /** One promotion decision with its numbers. */
    public static Map<String, Object> decision(PromotionDecision d) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("family", d.family());
        document.put("candidateVersion", d.candidateVersion());
        document.put("championVersion", d.championVersion());
        document.put("metric", d.metric());
        document.put("candidateValue", d.candidateValue());
        document.put("championValue", d.championValue());
        document.put("margin", d.margin());
        document.put("promoted", d.promoted());
        document.put("reason", d.reason());
        document.put("decidedAt", d.decidedAt().toString());
        return document;
    }
}
