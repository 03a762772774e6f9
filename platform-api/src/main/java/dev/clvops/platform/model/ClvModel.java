package dev.clvops.platform.model;

import java.util.List;
import java.util.Map;

/** A fitted CLV model: immutable, thread-safe, predicts only. */
public interface ClvModel {

    String family();

    ModelProvenance provenance();

    /** Fitted parameters by name (BTYD parameters, or summary figures for ML models). */
    Map<String, Double> parameters();

    /** Predicts one customer (recency and T in {@code unit} of the set the row came from). */
    CustomerPrediction predict(CustomerRow row, int horizonDays, ClvSettings settings);

    /** Predicts many customers; the default maps {@link #predict} and families may batch. */
    default List<CustomerPrediction> predictAll(List<CustomerRow> rows, int horizonDays, ClvSettings settings) {
        return rows.stream().map(row -> predict(row, horizonDays, settings)).toList();
    }
}
