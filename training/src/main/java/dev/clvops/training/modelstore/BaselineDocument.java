package dev.clvops.training.modelstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.platform.model.ClvModel;
import dev.clvops.platform.model.ModelProvenance;
import dev.clvops.training.baseline.HistoricalBaselineTrainer;
import dev.clvops.training.probabilistic.DiscountSchedule;

/**
 * The historical baseline as JSON: its two population figures, and the time unit and discount step its trainer
 * records in the provenance's hyper-parameters ({@code unit}, {@code discountStepDays}).
 */
final class BaselineDocument {

    static final String FORMAT = "clvops-baseline-1";

    private BaselineDocument() {
    }

    static byte[] encode(ClvModel model) {
        ObjectNode root = StoredJson.document(FORMAT);
        root.set("parameters", StoredJson.numbers(model.parameters()));
        root.set("provenance", StoredJson.provenance(model.provenance()));
        return StoredJson.bytes(root);
    }

    static ClvModel decode(byte[] bytes) {
        JsonNode root = StoredJson.read(bytes, FORMAT);
        var parameters = StoredJson.numbers(StoredJson.required(root, "parameters"));
        ModelProvenance provenance = StoredJson.provenance(StoredJson.required(root, "provenance"));
        return HistoricalBaselineTrainer.restore(value(parameters, "meanRate"), value(parameters, "meanSpend"),
                TimeUnit.valueOf(hyperParameter(provenance, "unit")),
                new DiscountSchedule(Integer.parseInt(hyperParameter(provenance, "discountStepDays"))), provenance);
    }

    private static double value(java.util.Map<String, Double> parameters, String name) {
        Double value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("stored baseline lacks parameter '" + name + "'");
        }
        return value;
    }

    private static String hyperParameter(ModelProvenance provenance, String name) {
        String value = provenance.hyperParameters().get(name);
        if (value == null) {
            throw new IllegalArgumentException("stored baseline's provenance lacks hyper-parameter '" + name + "'");
        }
        return value;
    }
}
