package dev.clvops.training.xgboost;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A seeded split of row indices into training and validation rows (for early stopping). */
record ValidationSplit(int[] training, int[] validation) {

    static ValidationSplit draw(int rows, double validationShare, long seed) {
        int validationRows = (int) Math.round(rows * validationShare);
        if (validationRows < 1 || validationRows >= rows) {
            throw new IllegalArgumentException("cannot hold out " + validationShare + " of " + rows
                    + " customers for validation");
        }
        int[] order = shuffled(rows, new SplittableRandom(seed));
        int[] validation = Arrays.copyOf(order, validationRows);
        int[] training = Arrays.copyOfRange(order, validationRows, rows);
        Arrays.sort(validation);
        Arrays.sort(training);
        return new ValidationSplit(training, validation);
    }

    /** Fisher-Yates shuffle of 0..rows-1. */
    private static int[] shuffled(int rows, SplittableRandom random) {
        int[] order = new int[rows];
        Arrays.setAll(order, i -> i);
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    static float[] pick(float[] labels, int[] indices) {
        var picked = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            picked[i] = labels[indices[i]];
        }
        return picked;
    }
}
