package dev.clvops.deploy.ops;

import static dev.clvops.platform.metrics.MetricNames.*;

import dev.clvops.platform.metrics.OpsMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link OpsMetrics} on Micrometer: settable gauges hold their last value; the champion gauge is replaced per family. */
final class MicrometerOpsMetrics implements OpsMetrics {

    private final MeterRegistry registry;
    private final Map<String, GaugeValue> gauges = new ConcurrentHashMap<>();
    private final Map<String, Gauge> champions = new ConcurrentHashMap<>();

    MicrometerOpsMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void recordFeatureDrift(String feature, double psi, double ksD) {
        gauge(DRIFT_PSI, Tags.of(FEATURE, feature)).set(psi);
        if (!Double.isNaN(ksD)) {
            gauge(DRIFT_KS_D, Tags.of(FEATURE, feature)).set(ksD);
        }
    }

    @Override
    public void recordDatasetDrift(boolean drifted) {
        gauge(DATASET_DRIFT, Tags.empty()).set(drifted ? 1 : 0);
    }

    @Override
    public synchronized void recordChampion(String family, int version) {
        Gauge previous = champions.remove(family);
        if (previous != null) {
            registry.remove(previous);
        }
        champions.put(family, Gauge.builder(CHAMPION_INFO, () -> 1)
                .tags(FAMILY, family, VERSION, Integer.toString(version))
                .description("1 for each family's champion version").register(registry));
    }

    @Override
    public void recordTraining(String family, Duration duration) {
        Timer.builder(TRAINING_DURATION).tag(FAMILY, family).description("Training duration per family")
                .register(registry).record(duration);
    }

    @Override
    public void recordRetrain(String outcome) {
        Counter.builder(RETRAINS).tag(OUTCOME, outcome).description("Retrains by outcome").register(registry)
                .increment();
    }

    @Override
    public void recordScoring(long customers, Duration duration) {
        Counter.builder(SCORED_CUSTOMERS).description("Customers scored").register(registry).increment(customers);
        Timer.builder(SCORING_DURATION).description("Scoring run duration").register(registry).record(duration);
        double seconds = duration.toNanos() / 1e9;
        gauge(SCORING_THROUGHPUT, Tags.empty()).set(seconds > 0 ? customers / seconds : 0);
    }

    private GaugeValue gauge(String name, Tags tags) {
        return gauges.computeIfAbsent(name + tags, key -> {
            GaugeValue value = new GaugeValue();
            Gauge.builder(name, value, GaugeValue::get).tags(tags).strongReference(true).register(registry);
            return value;
        });
    }

    /** A gauge's settable value. */
    private static final class GaugeValue {
        private volatile double value;

        double get() {
            return value;
        }

        void set(double value) {
            this.value = value;
        }
    }
}
