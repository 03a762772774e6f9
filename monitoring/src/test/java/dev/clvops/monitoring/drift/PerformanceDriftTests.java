package dev.clvops.monitoring.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceDriftTests {

    private final PerformanceDrift rule = PerformanceDrift.defaults();

    @Test
    void alertsWhenNormalizedGiniDropsByMoreThanTolerance() {
        var drift = rule.evaluate(Map.of("normalizedGini", 0.60), Map.of("normalizedGini", 0.54));

        assertThat(drift).singleElement().satisfies(metric -> {
            assertThat(metric.degradation()).isCloseTo(0.06, within(1e-12));
            assertThat(metric.alert()).isTrue();
        });
    }

    @Test
    void toleratesASmallGiniDrop() {
        assertThat(rule.alerts(Map.of("normalizedGini", 0.60), Map.of("normalizedGini", 0.57))).isFalse();
    }

    @Test
    void alertsWhenALowerIsBetterErrorRisesByMoreThanItsRelativeTolerance() {
        var drift = rule.evaluate(Map.of("rmse", 100.0, "mae", 40.0), Map.of("rmse", 125.0, "mae", 30.0));

        assertThat(drift).extracting(MetricDrift::metric, MetricDrift::alert)
                .containsExactly(tuple("rmse", true),
                        tuple("mae", false));
        assertThat(drift.get(0).degradation()).isCloseTo(0.25, within(1e-12));
        assertThat(drift.get(1).degradation()).isCloseTo(-0.25, within(1e-12));
    }

    @Test
    void skipsMetricsMissingOrUndefinedOnEitherSide() {
        var drift = rule.evaluate(Map.of("normalizedGini", Double.NaN, "rmse", 10.0), Map.of("normalizedGini", 0.1));

        assertThat(drift).isEmpty();
    }

    @Test
    void appliesAConfiguredTolerance() {
        var strict = new PerformanceDrift(List.of(MetricTolerance.higherIsBetter("r2", 0.01)));

        assertThat(strict.alerts(Map.of("r2", 0.50), Map.of("r2", 0.48))).isTrue();
    }
}
