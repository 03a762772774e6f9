package dev.clvops.training.modelstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.training.registry.RunParams;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON helpers shared by the stored documents: provenance as run parameters, exact doubles, format checks. */
final class StoredJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private StoredJson() {
    }

    static ObjectNode document(String format) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", format);
        return root;
    }

    static byte[] bytes(ObjectNode root) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a stored model document", e);
        }
    }

    static JsonNode read(byte[] bytes, String format) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored model is not JSON (" + bytes.length + " bytes)", e);
        }
        if (root == null || !format.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("stored model is not of format " + format + ": "
                    + (root == null ? "empty" : root.path("format").asText("no format field")));
        }
        return root;
    }

    static ObjectNode provenance(ModelProvenance provenance) {
        ObjectNode node = MAPPER.createObjectNode();
        RunParams.of(provenance).forEach(node::put);
        return node;
    }

    static ModelProvenance provenance(JsonNode node) {
        Map<String, String> params = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> params.put(field.getKey(), field.getValue().asText()));
        return RunParams.toProvenance(params);
    }

    static ObjectNode numbers(Map<String, Double> values) {
        ObjectNode node = MAPPER.createObjectNode();
        values.forEach(node::put);
        return node;
    }

    static Map<String, Double> numbers(JsonNode node) {
        Map<String, Double> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> values.put(field.getKey(), number(field.getValue())));
        return values;
    }

    static double number(JsonNode node) {
        if (node.isTextual()) {
            return Double.parseDouble(node.asText());
        }
        if (!node.isNumber()) {
            throw new IllegalArgumentException("stored model holds no number here: " + node);
        }
        return node.doubleValue();
    }

    static JsonNode required(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new IllegalArgumentException("stored model lacks '" + field + "'");
        }
        return node;
    }
}
