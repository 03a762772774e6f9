package dev.clvops.training.scoring;

import dev.clvops.platform.model.CustomerRow;
import java.util.List;

/**
 * Reorders a scoring set's feature vectors to the order a model was trained with. One-hot columns
 * ({@code column=level}) are encoded per snapshot, so a level can be missing from the scoring set or appear in a
 * different place: a missing one-hot column is 0 (the customer does not have that level), any other missing
 * feature is NaN (xgboost's missing value).
 */
final class FeatureAlignment {

    private final int[] sourceIndex;
    private final double[] fill;

    private FeatureAlignment(int[] sourceIndex, double[] fill) {
        this.sourceIndex = sourceIndex;
        this.fill = fill;
    }

    static FeatureAlignment of(List<String> setFeatures, List<String> modelFeatures) {
        int[] index = new int[modelFeatures.size()];
        double[] fill = new double[modelFeatures.size()];
        for (int j = 0; j < index.length; j++) {
            String name = modelFeatures.get(j);
            index[j] = setFeatures.indexOf(name);
            fill[j] = name.contains("=") ? 0.0 : Double.NaN;
        }
        return new FeatureAlignment(index, fill);
    }

    /** Whether the set already has exactly the model's features in the model's order. */
    boolean isIdentity(int setFeatureCount) {
        if (setFeatureCount != sourceIndex.length) {
            return false;
        }
        for (int j = 0; j < sourceIndex.length; j++) {
            if (sourceIndex[j] != j) {
                return false;
            }
        }
        return true;
    }

    CustomerRow align(CustomerRow row) {
        double[] features = new double[sourceIndex.length];
        for (int j = 0; j < features.length; j++) {
            features[j] = sourceIndex[j] >= 0 ? row.features()[sourceIndex[j]] : fill[j];
        }
        return new CustomerRow(row.customerId(), row.frequency(), row.recency(), row.t(), row.monetaryValue(),
                features, row.futureValue(), row.futureOrders());
    }
}
