package dev.clvops.monitoring.drift;

import java.util.Map;

/**
 * The current data to compare, by feature name. Arrays are read, never modified or kept.
 *
 * @param numeric numeric columns (finite values)
 * @param categorical categorical columns (null means {@link ReferenceProfile#MISSING})
 */
public record CurrentColumns(Map<String, double[]> numeric, Map<String, String[]> categorical) {

    public CurrentColumns {
        numeric = Map.copyOf(numeric);
        categorical = Map.copyOf(categorical);
    }

    public static CurrentColumns numeric(Map<String, double[]> numeric) {
        return new CurrentColumns(numeric, Map.of());
    }
}
