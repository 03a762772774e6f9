package dev.clvops.training.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clvops.platform.model.FamilyEvaluation;
import dev.clvops.platform.model.FamilyEvaluation.Decile;
import dev.clvops.platform.model.FamilyEvaluation.Week;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads one family's entry of the {@code training_runs} families and tracking documents and registry documents. */
final class FamilyDocuments {

    private FamilyDocuments() {
    }

    /** {@code registered}: the family's entry of the registry document (written after the arena step). */
    static FamilyEvaluation family(String family, JsonNode document, JsonNode tracking, JsonNode registered,
                                   @Nullable HoldoutEvaluation stored) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        document.path("metrics").properties().forEach(e -> metrics.put(e.getKey(),
                e.getValue().isNull() ? Double.NaN : e.getValue().asDouble()));
        List<Decile> deciles = new ArrayList<>();
        document.path("calibration").forEach(d -> deciles.add(new Decile(d.path("decile").asInt(),
                d.path("customers").asInt(), d.path("meanPredicted").asDouble(), d.path("meanActual").asDouble())));
        List<Week> weeks = new ArrayList<>();
        tracking.forEach(w -> weeks.add(new Week(w.path("week").asInt(), w.path("expected").asDouble(),
                w.path("actual").asLong())));
        JsonNode version = registered.path("version").isNumber() ? registered.path("version")
                : document.path("version").path("version");
        HoldoutEvaluation holdout = stored != null ? stored
                : new HoldoutEvaluation(List.of(), List.of(), List.of(), List.of());
        return new FamilyEvaluation(family, document.path("status").asText(), version.isNumber() ? version.asInt()
                : null, metrics, deciles, holdout.sample(), holdout.residuals(), holdout.importance(), holdout.shap(),
                weeks);
    }
}
