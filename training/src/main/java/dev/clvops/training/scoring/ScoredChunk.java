package dev.clvops.training.scoring;

import dev.clvops.platform.model.CustomerPrediction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The predictions of one chunk of customers.
 *
 * @param predictions one per customer, in the chunk's order
 * @param topFactors the top SHAP factors as JSON, one per customer; null for families without explanations
 */
record ScoredChunk(List<CustomerPrediction> predictions, @Nullable List<String> topFactors) {

    @Nullable String topFactors(int i) {
        return topFactors == null ? null : topFactors.get(i);
    }
}
