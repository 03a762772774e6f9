package dev.clvops.training.pipeline;

import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.model.TrainingSet;
import java.util.List;

/**
 * Puts a set's feature vectors in the order of the feature names a model was fitted with: the one-hot columns of a
 * snapshot depend on its own category levels, so two snapshots can order (or lack) them differently. A one-hot
 * column ({@code name=level}) the set lacks is 0; a missing numeric column is NaN.
 */
final class FeatureAlignment {

    private FeatureAlignment() {
    }

    static List<CustomerRow> align(TrainingSet set, List<String> modelFeatures) {
        if (set.featureNames().equals(modelFeatures)) {
            return set.rows();
        }
        int[] source = modelFeatures.stream().mapToInt(name -> set.featureNames().indexOf(name)).toArray();
        return set.rows().stream().map(row -> {
            double[] features = new double[source.length];
            for (int j = 0; j < source.length; j++) {
                features[j] = source[j] >= 0 ? row.features()[source[j]]
                        : modelFeatures.get(j).contains("=") ? 0.0 : Double.NaN;
            }
            return new CustomerRow(row.customerId(), row.frequency(), row.recency(), row.t(), row.monetaryValue(),
                    features, row.futureValue(), row.futureOrders());
        }).toList();
    }
}
