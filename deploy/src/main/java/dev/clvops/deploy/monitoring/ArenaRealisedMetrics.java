package dev.clvops.deploy.monitoring;

import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import dev.clvops.platform.monitoring.RealisedMetrics;
import dev.clvops.training.arena.ArenaMetric;
import dev.clvops.training.arena.ArenaSettings;
import dev.clvops.training.arena.ClvArena;
import dev.clvops.training.arena.HoldoutMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@link RealisedMetrics} on the training arena: the same metric code and names the registry logs. */
final class ArenaRealisedMetrics implements RealisedMetrics {

    private static final String SCORED = "realised";

    private final ClvArena arena = new ClvArena(new ArenaSettings(ArenaMetric.NORMALIZED_GINI,
            ArenaMetric.DECILE_MAPE));

    @Override
    public Map<String, Double> score(String[] customerIds, double[] predicted, double[] actual) {
        List<CustomerRow> holdout = new ArrayList<>(customerIds.length);
        List<CustomerPrediction> predictions = new ArrayList<>(customerIds.length);
        for (int i = 0; i < customerIds.length; i++) {
            holdout.add(new CustomerRow(customerIds[i], 0, 0, 0, 0, new double[0], actual[i], 0));
            predictions.add(new CustomerPrediction(customerIds[i], Double.NaN, Double.NaN, Double.NaN, predicted[i],
                    Double.NaN, Double.NaN, Double.NaN));
        }
        HoldoutMetrics metrics = arena.compete(holdout, Map.of(SCORED, predictions)).metricsByFamily().get(SCORED);
        Map<String, Double> byName = new LinkedHashMap<>();
        byName.put("customers", (double) metrics.customers());
        for (ArenaMetric metric : ArenaMetric.values()) {
            byName.put(metric.name().toLowerCase(Locale.ROOT), metric.of(metrics));
        }
        return byName;
    }
}
