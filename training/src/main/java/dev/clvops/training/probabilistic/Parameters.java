package dev.clvops.training.probabilistic;

import java.util.Map;

/** Reads named fitted parameters when a model is restored from its stored form. */
final class Parameters {

    private Parameters() {
    }

    static double get(Map<String, Double> parameters, String name) {
        Double value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("stored model parameters lack '" + name + "': " + parameters.keySet());
        }
        return value;
    }
}
