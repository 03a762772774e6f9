package dev.clvops.training.xgboost;

import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** Batches rows through the boosters and turns their outputs into {@link CustomerPrediction}s. */
final class PredictionAssembler {

    private final XgboostObjective objective;
    private final XgboostBoosters boosters;

    PredictionAssembler(XgboostObjective objective, XgboostBoosters boosters) {
        this.objective = objective;
        this.boosters = boosters;
    }

    List<CustomerPrediction> predict(List<CustomerRow> rows, FeatureMatrix features, HorizonValuation valuation) {
        float[][] values = boosters.value().predict(features, false);
        float[][] bands = boosters.quantiles() == null ? null : boosters.quantiles().predict(features, false);
        float[][] orders = boosters.orders() == null ? null : boosters.orders().predict(features, false);
        return IntStream.range(0, rows.size())
                .mapToObj(i -> prediction(rows.get(i).customerId(), values[i][0],
                        bands == null ? null : bands[i], orders == null ? Double.NaN : orders[i][0], valuation))
                .toList();
    }

    /**
     * Expected spend per order is the ratio of the two expectations (value / orders), NaN without an orders model
     * or when no order is expected; P(alive) has no meaning for this family and is NaN.
     */
    private CustomerPrediction prediction(String customerId, float value, float[] band, double orders,
                                          HorizonValuation valuation) {
        double revenue = objective.value(value);
        double spendPerOrder = orders > 0 ? revenue / orders : Double.NaN;
        float[] sorted = rearranged(band);
        return new CustomerPrediction(customerId, orders, Double.NaN, spendPerOrder, valuation.apply(revenue),
                quantile(sorted, 0, valuation), quantile(sorted, 1, valuation), quantile(sorted, 2, valuation));
    }

    /**
     * The multi-quantile booster fits P10, P50 and P90 separately, so they can cross for a customer; sorting them
     * (monotone rearrangement, Chernozhukov, Fernández-Val &amp; Galichon 2010) gives ordered quantiles that are
     * never further from the true ones.
     */
    private static float @Nullable [] rearranged(float @Nullable [] band) {
        if (band == null) {
            return null;
        }
        float[] sorted = band.clone();
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    private static double quantile(float[] band, int index, HorizonValuation valuation) {
        return band == null ? Double.NaN : valuation.apply(XgboostObjective.LOG1P.value(band[index]));
    }
}
