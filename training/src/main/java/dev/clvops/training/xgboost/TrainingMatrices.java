package dev.clvops.training.xgboost;

import dev.clvops.platform.model.CustomerRow;
import java.util.List;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * The native training and validation matrices of one fit, built once and shared by every booster of the family
 * (each sets its own labels before training). Closing frees the native memory.
 */
final class TrainingMatrices implements AutoCloseable {

    private final ValidationSplit split;
    private final DMatrix training;
    private final DMatrix validation;

    private TrainingMatrices(ValidationSplit split, DMatrix training, DMatrix validation) {
        this.split = split;
        this.training = training;
        this.validation = validation;
    }

    static TrainingMatrices of(List<CustomerRow> rows, int columns, ValidationSplit split) {
        DMatrix training = null;
        try {
            training = FeatureMatrix.of(rows, columns, split.training()).toDMatrix(null);
            return new TrainingMatrices(split, training,
                    FeatureMatrix.of(rows, columns, split.validation()).toDMatrix(null));
        } catch (XGBoostError e) {
            if (training != null) {
                training.dispose();
            }
            throw new IllegalStateException("xgboost could not build the training matrices of " + rows.size()
                    + " customers", e);
        }
    }

    /** Sets the labels (one per customer of the whole set) on both matrices. */
    TrainingMatrices withLabels(float[] labels) throws XGBoostError {
        training.setLabel(ValidationSplit.pick(labels, split.training()));
        validation.setLabel(ValidationSplit.pick(labels, split.validation()));
        return this;
    }

    DMatrix training() {
        return training;
    }

    DMatrix validation() {
        return validation;
    }

    ValidationSplit split() {
        return split;
    }

    @Override
    public void close() {
        training.dispose();
        validation.dispose();
    }
}
