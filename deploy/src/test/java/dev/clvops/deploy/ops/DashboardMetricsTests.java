package dev.clvops.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

class DashboardMetricsTests {

    @Test
    void everyClvopsMetricTheDashboardQueriesIsOneTheCodeRegisters() throws Exception {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        recordEveryOpsMetric(new MicrometerOpsMetrics(registry));
        new IngestRowsMeterBinder(new JdbcTemplate(unreachableDatabase()), Clock.systemUTC()).bindTo(registry);

        Set<String> queried = DashboardQueries.metricNames();
        Set<String> exposed = DashboardQueries.sampleNames(registry.scrape());

        assertThat(queried).filteredOn(name -> name.startsWith("clvops_")).hasSizeGreaterThan(10)
                .allSatisfy(name -> assertThat(exposed).contains(name));
        assertThat(queried).contains("spring_batch_job_seconds_count", "http_server_requests_seconds_count");
    }

    @Test
    void ingestCountersKeepZeroWhileTheDatabaseIsUnreachable() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new IngestRowsMeterBinder(new JdbcTemplate(unreachableDatabase()), Clock.systemUTC()).bindTo(registry);

        assertThat(registry.scrape()).contains("clvops_ingest_rows_read_total 0.0")
                .contains("clvops_ingest_rows_quarantined_total 0.0");
    }

    static void recordEveryOpsMetric(MicrometerOpsMetrics metrics) {
        metrics.recordFeatureDrift("recency", 0.3, 0.2);
        metrics.recordDatasetDrift(true);
        metrics.recordChampion("bgnbd", 2);
        metrics.recordTraining("bgnbd", Duration.ofSeconds(3));
        metrics.recordRetrain("promoted");
        metrics.recordScoring(1_000, Duration.ofSeconds(2));
    }

    private static PGSimpleDataSource unreachableDatabase() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        return dataSource;
    }
}
