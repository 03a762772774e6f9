package dev.clvops.training.arena;

import java.util.function.ToDoubleFunction;

/** A metric the arena can rank families by, with its direction. NaN always ranks last. */
public enum ArenaMetric {

    NORMALIZED_GINI(HoldoutMetrics::normalizedGini, true),
    DECILE_MAPE(HoldoutMetrics::decileMape, false),
    MAE(HoldoutMetrics::mae, false),
    RMSE(HoldoutMetrics::rmse, false),
    R2(HoldoutMetrics::r2, true),
    SPEARMAN(HoldoutMetrics::spearman, true),
    TOP_DECILE_CAPTURE(HoldoutMetrics::topDecileCapture, true);

    private final ToDoubleFunction<HoldoutMetrics> value;
    private final boolean higherIsBetter;

    ArenaMetric(ToDoubleFunction<HoldoutMetrics> value, boolean higherIsBetter) {
        this.value = value;
        this.higherIsBetter = higherIsBetter;
    }

    public double of(HoldoutMetrics metrics) {
        return value.applyAsDouble(metrics);
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Negative when {@code a} is better than {@code b}, 0 when equal (so it sorts best first). */
    int compareBestFirst(HoldoutMetrics a, HoldoutMetrics b) {
        double x = of(a);
        double y = of(b);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
        }
        return higherIsBetter ? Double.compare(y, x) : Double.compare(x, y);
    }
}
