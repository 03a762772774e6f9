package dev.clvops.training.arena;

import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores several families' predictions on the same holdout and picks a champion. Predictions are compared by
 * {@link CustomerPrediction#clv()}, so families should predict with the same settings as the holdout's actual
 * values (revenue over the holdout's horizon: {@code ClvSettings.UNDISCOUNTED_REVENUE}).
 */
public final class ClvArena {

    private final ArenaSettings settings;

    public ClvArena(ArenaSettings settings) {
        this.settings = settings;
    }

    /** Every holdout customer needs a known future value and exactly one prediction from every family. */
    public ArenaResult compete(List<CustomerRow> holdout, Map<String, List<CustomerPrediction>> predictionsByFamily) {
        if (predictionsByFamily.isEmpty()) {
            throw new IllegalArgumentException("the arena needs at least one family");
        }
        String[] ids = holdout.stream().map(CustomerRow::customerId).toArray(String[]::new);
        double[] actual = actualValues(holdout);
        var ranking = new ArrayList<FamilyMetrics>();
        predictionsByFamily.forEach((family, predictions) -> ranking.add(new FamilyMetrics(family,
                HoldoutScorer.score(ids, aligned(family, ids, predictions), actual))));
        ranking.sort(Comparator.<FamilyMetrics, HoldoutMetrics>comparing(FamilyMetrics::metrics,
                        settings.primary()::compareBestFirst)
                .thenComparing(FamilyMetrics::metrics, settings.tieBreak()::compareBestFirst)
                .thenComparing(FamilyMetrics::family));
        return new ArenaResult(settings, ranking);
    }

    private static double[] actualValues(List<CustomerRow> holdout) {
        var actual = new double[holdout.size()];
        for (int i = 0; i < actual.length; i++) {
            var row = holdout.get(i);
            if (Double.isNaN(row.futureValue())) {
                throw new IllegalArgumentException("holdout customer " + row.customerId() + " has no future value");
            }
            actual[i] = row.futureValue();
        }
        return actual;
    }

    private static double[] aligned(String family, String[] ids, List<CustomerPrediction> predictions) {
        var byCustomer = new HashMap<String, Double>();
        for (var prediction : predictions) {
            if (byCustomer.put(prediction.customerId(), prediction.clv()) != null) {
                throw new IllegalArgumentException(family + " predicts customer " + prediction.customerId() + " twice");
            }
        }
        if (byCustomer.size() != ids.length) {
            throw new IllegalArgumentException(family + " predicts " + byCustomer.size() + " customers, the holdout has "
                    + ids.length);
        }
        var aligned = new double[ids.length];
        for (int i = 0; i < ids.length; i++) {
            Double value = byCustomer.get(ids[i]);
            if (value == null) {
                throw new IllegalArgumentException(family + " has no prediction for holdout customer " + ids[i]);
            }
            aligned[i] = value;
        }
        return aligned;
    }
}
