package dev.clvops.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MicrometerOpsMetricsTests {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MicrometerOpsMetrics metrics = new MicrometerOpsMetrics(registry);

    @Test
    void exposesDriftGaugesPerFeatureWithTheirLastValues() {
        metrics.recordFeatureDrift("recency", 0.12, 0.08);
        metrics.recordFeatureDrift("recency", 0.31, 0.19);
        metrics.recordFeatureDrift("first_category", 0.05, Double.NaN);
        metrics.recordDatasetDrift(true);

        String scrape = registry.scrape();

        assertThat(scrape).contains("clvops_drift_psi{feature=\"recency\"} 0.31")
                .contains("clvops_drift_ks_d{feature=\"recency\"} 0.19")
                .contains("clvops_drift_psi{feature=\"first_category\"} 0.05")
                .doesNotContain("clvops_drift_ks_d{feature=\"first_category\"}")
                .contains("clvops_drift_dataset 1.0");
    }

    @Test
    void keepsOnlyTheCurrentChampionSeriesPerFamily() {
        metrics.recordChampion("bgnbd", 3);
        metrics.recordChampion("bgnbd", 4);
        metrics.recordChampion("xgboost", 1);

        String scrape = registry.scrape();

        assertThat(scrape).contains("clvops_champion_info{family=\"bgnbd\",version=\"4\"} 1")
                .contains("clvops_champion_info{family=\"xgboost\",version=\"1\"} 1")
                .doesNotContain("version=\"3\"");
    }

    @Test
    void countsTrainingsRetrainsAndScoringThroughput() {
        metrics.recordTraining("bgnbd", Duration.ofSeconds(12));
        metrics.recordRetrain("promoted");
        metrics.recordRetrain("promoted");
        metrics.recordRetrain("kept");
        metrics.recordScoring(50_000, Duration.ofSeconds(4));

        String scrape = registry.scrape();

        assertThat(scrape).contains("clvops_training_duration_seconds_count{family=\"bgnbd\"} 1")
                .contains("clvops_training_duration_seconds_sum{family=\"bgnbd\"} 12.0")
                .contains("clvops_retrains_total{outcome=\"promoted\"} 2.0")
                .contains("clvops_retrains_total{outcome=\"kept\"} 1.0")
                .contains("clvops_scoring_customers_total 50000.0")
                .contains("clvops_scoring_throughput 12500.0")
                .contains("clvops_scoring_duration_seconds_count 1");
    }
}
