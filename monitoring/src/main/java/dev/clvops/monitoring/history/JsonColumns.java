package dev.clvops.monitoring.history;

import dev.clvops.platform.drift.MetricShift;
import dev.clvops.platform.drift.ParameterShift;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the JSON columns the drift check writes: performance results, parameter shifts and retrain facts. */
final class JsonColumns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonColumns() {
    }

    /** {@code drift_reports.performance}: a PerformanceResult whose {@code metrics} are MetricDrift objects. */
    static List<MetricShift> metrics(@Nullable String performance) {
        if (performance == null) {
            return List.of();
        }
        List<MetricShift> metrics = new ArrayList<>();
        JSON.readTree(performance).path("metrics").forEach(m -> metrics.add(new MetricShift(m.path("metric")
                .asString(), m.path("training").asDouble(), m.path("realised").asDouble(),
                m.path("degradation").asDouble(), m.path("alert").asBoolean())));
        return List.copyOf(metrics);
    }

    /** {@code drift_reports.parameters}: a list of ParameterShift objects. */
    static List<ParameterShift> parameters(@Nullable String parameters) {
        if (parameters == null) {
            return List.of();
        }
        List<ParameterShift> shifts = new ArrayList<>();
        JSON.readTree(parameters).forEach(p -> shifts.add(new ParameterShift(p.path("parameter").asString(),
                p.path("trained").asDouble(), p.path("refitted").asDouble(), p.path("relativeChange").asDouble(),
                p.path("alert").asBoolean())));
        return List.copyOf(shifts);
    }

    /** {@code retrain_decisions.facts}: each field as text, nulls as "none", in the stored order. */
    static Map<String, String> facts(String facts) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(facts);
        node.propertyNames().forEach(name -> values.put(name, text(node.get(name))));
        return values;
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "none" : value.asString();
    }
}
