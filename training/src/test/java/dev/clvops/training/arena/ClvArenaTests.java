package dev.clvops.training.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clvops.platform.model.CustomerPrediction;
import dev.clvops.platform.model.CustomerRow;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClvArenaTests {

    private static final List<CustomerRow> HOLDOUT = IntStream.range(0, 50)
            .mapToObj(i -> new CustomerRow("c%02d".formatted(i), 1, 1, 2, 10, new double[0], (i * 7) % 23, 1))
            .toList();

    @Test
    void championHasTheHighestNormalizedGini() {
        var predictions = Map.of(
                "exact", predict(v -> v),
                "reversed", predict(v -> 100 - v),
                "flat", predict(v -> 11));

        var result = new ClvArena(ArenaSettings.defaults()).compete(HOLDOUT, predictions);

        assertThat(result.champion()).isEqualTo("exact");
        assertThat(result.metricsByFamily().keySet()).containsExactly("exact", "flat", "reversed");
    }

    @Test
    void equalGiniIsDecidedByTheLowerDecileMape() {
        var predictions = Map.of("doubled", predict(v -> 2 * v), "close", predict(v -> 1.1 * v));

        var result = new ClvArena(ArenaSettings.defaults()).compete(HOLDOUT, predictions);

        assertThat(result.metricsByFamily().get("doubled").normalizedGini())
                .isEqualTo(result.metricsByFamily().get("close").normalizedGini());
        assertThat(result.champion()).isEqualTo("close");
    }

    @Test
    void primaryMetricIsConfigurable() {
        var predictions = Map.of("ordered", predict(v -> v * v), "flat", predict(v -> 11));

        var byGini = new ClvArena(ArenaSettings.defaults()).compete(HOLDOUT, predictions);
        var byMae = new ClvArena(new ArenaSettings(ArenaMetric.MAE, ArenaMetric.RMSE)).compete(HOLDOUT, predictions);

        assertThat(byGini.champion()).isEqualTo("ordered");
        assertThat(byMae.champion()).isEqualTo("flat");
    }

    @Test
    void undefinedPrimaryMetricRanksLast() {
        var zeroHoldout = HOLDOUT.stream()
                .map(r -> new CustomerRow(r.customerId(), 1, 1, 2, 10, new double[0], 0.0, 0)).toList();
        var predictions = Map.of("a", predict(v -> v), "b", predict(v -> 1));

        var result = new ClvArena(new ArenaSettings(ArenaMetric.NORMALIZED_GINI, ArenaMetric.MAE))
                .compete(zeroHoldout, predictions);

        assertThat(result.metricsByFamily().get("a").normalizedGini()).isNaN();
        assertThat(result.champion()).isEqualTo("b");
    }

    @Test
    void rejectsAFamilyMissingAHoldoutCustomer() {
        var partial = predict(v -> v).subList(1, HOLDOUT.size());

        assertThatThrownBy(() -> new ClvArena(ArenaSettings.defaults()).compete(HOLDOUT, Map.of("bgnbd", partial)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bgnbd");
    }

    private static List<CustomerPrediction> predict(DoubleUnaryOperator fromActual) {
        return HOLDOUT.stream().map(row -> {
            double value = fromActual.applyAsDouble(row.futureValue());
            return new CustomerPrediction(row.customerId(), 1, Double.NaN, value, value, value, value, value);
        }).toList();
    }
}
