package dev.clvops.training.xgboost;

import dev.clvops.platform.model.CustomerRow;
import java.util.List;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Customers' feature vectors as one dense row-major float matrix; NaN marks a missing value. */
record FeatureMatrix(float[] values, int rows, int columns) {

    static FeatureMatrix of(List<CustomerRow> customers, int columns) {
        var all = new int[customers.size()];
        java.util.Arrays.setAll(all, i -> i);
        return of(customers, columns, all);
    }

    /** The customers at the given indices, in that order. */
    static FeatureMatrix of(List<CustomerRow> customers, int columns, int[] indices) {
        var values = new float[Math.multiplyExact(indices.length, columns)];
        for (int i = 0; i < indices.length; i++) {
            var row = customers.get(indices[i]);
            if (row.features().length != columns) {
                throw new IllegalArgumentException("customer " + row.customerId() + " has "
                        + row.features().length + " features, the set names " + columns);
            }
            for (int j = 0; j < columns; j++) {
                values[i * columns + j] = (float) row.features()[j];
            }
        }
        return new FeatureMatrix(values, indices.length, columns);
    }

    /** A native matrix (the caller disposes it); labels may be null when only predicting. */
    DMatrix toDMatrix(float[] labels) throws XGBoostError {
        var matrix = new DMatrix(values, rows, columns, Float.NaN);
        if (labels != null) {
            matrix.setLabel(labels);
        }
        return matrix;
    }
}
