package dev.clvops.training.modelstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clvops.platform.features.TimeUnit;
import dev.clvops.training.probabilistic.BgNbdModel;
import dev.clvops.training.probabilistic.BgNbdTrainer;
import dev.clvops.training.probabilistic.BtydClvModel;
import dev.clvops.training.probabilistic.DiscountSchedule;
import dev.clvops.training.probabilistic.GammaGammaModel;
import dev.clvops.training.probabilistic.ParetoNbdModel;
import dev.clvops.training.probabilistic.TransactionModel;

/** A BTYD CLV model as JSON: the transaction model, the Gamma-Gamma spend model and the discount step. */
final class BtydDocument {

    static final String FORMAT = "clvops-btyd-1";

    private BtydDocument() {
    }

    static byte[] encode(BtydClvModel model) {
        ObjectNode root = StoredJson.document(FORMAT);
        root.put("family", model.family());
        root.put("discountStepDays", model.schedule().stepDays());
        root.set("provenance", StoredJson.provenance(model.provenance()));
        root.set("transactions", transactions(model.transactions()));
        ObjectNode spend = root.putObject("spend");
        spend.set("parameters", StoredJson.numbers(model.spend().parameters()));
        spend.put("customers", model.spend().customers());
        spend.set("provenance", StoredJson.provenance(model.spend().provenance()));
        return StoredJson.bytes(root);
    }

    static BtydClvModel decode(String family, byte[] bytes) {
        JsonNode root = StoredJson.read(bytes, FORMAT);
        if (!family.equals(StoredJson.required(root, "family").asText())) {
            throw new IllegalArgumentException("stored model is a " + root.get("family").asText() + " model, not "
                    + family);
        }
        JsonNode spendNode = StoredJson.required(root, "spend");
        GammaGammaModel spend = GammaGammaModel.of(StoredJson.numbers(StoredJson.required(spendNode, "parameters")),
                StoredJson.required(spendNode, "customers").asInt(),
                StoredJson.provenance(StoredJson.required(spendNode, "provenance")));
        return new BtydClvModel(transactions(family, StoredJson.required(root, "transactions")), spend,
                new DiscountSchedule(StoredJson.required(root, "discountStepDays").asInt()),
                StoredJson.provenance(StoredJson.required(root, "provenance")));
    }

    private static ObjectNode transactions(TransactionModel model) {
        ObjectNode node = StoredJson.MAPPER.createObjectNode();
        node.put("unit", model.unit().name());
        if (model instanceof ParetoNbdModel pareto) {
            node.put("intervalDraws", pareto.intervalDraws());
        }
        node.set("parameters", StoredJson.numbers(model.parameters()));
        node.set("provenance", StoredJson.provenance(model.provenance()));
        return node;
    }

    private static TransactionModel transactions(String family, JsonNode node) {
        var parameters = StoredJson.numbers(StoredJson.required(node, "parameters"));
        TimeUnit unit = TimeUnit.valueOf(StoredJson.required(node, "unit").asText());
        var provenance = StoredJson.provenance(StoredJson.required(node, "provenance"));
        if (BgNbdTrainer.FAMILY.equals(family)) {
            return BgNbdModel.of(parameters, unit, provenance);
        }
        return ParetoNbdModel.of(parameters, StoredJson.required(node, "intervalDraws").asInt(), unit, provenance);
    }
}
