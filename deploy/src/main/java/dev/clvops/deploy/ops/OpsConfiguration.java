package dev.clvops.deploy.ops;

import dev.clvops.deploy.DeploySettings;
import dev.clvops.monitoring.alerts.WebhookAlertPublisher;
import dev.clvops.monitoring.health.SystemHealth;
import dev.clvops.monitoring.logs.JsonLogAnalytics;
import dev.clvops.platform.alerts.AlertPublisher;
import dev.clvops.platform.logs.LogAnalytics;
import dev.clvops.platform.metrics.OpsMetrics;
import dev.clvops.platform.registry.ModelRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;

/** Alerts, metrics, health indicators and the operations read models. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpsSettings.class)
class OpsConfiguration {

    @Bean(destroyMethod = "close")
    WebhookAlertPublisher alertPublisher(OpsSettings settings) {
        return new WebhookAlertPublisher(settings.alerts().webhook());
    }

    @Bean
    JobFailureAlerts jobFailureAlerts(AlertPublisher alertPublisher) {
        return new JobFailureAlerts(alertPublisher, Clock.systemUTC());
    }

    @Bean
    static JobListenerRegistrar jobListenerRegistrar(ObjectProvider<JobFailureAlerts> jobFailureAlerts) {
        return new JobListenerRegistrar(jobFailureAlerts);
    }

    @Bean
    OpsMetrics opsMetrics(MeterRegistry meterRegistry) {
        return new MicrometerOpsMetrics(meterRegistry);
    }

    @Bean
    IngestRowsMeterBinder ingestRowsMeterBinder(JdbcTemplate jdbc) {
        return new IngestRowsMeterBinder(jdbc, Clock.systemUTC());
    }

    @Bean
    RegistryHealthIndicator registryHealthIndicator(ObjectProvider<ModelRegistry> registry, OpsSettings settings) {
        return new RegistryHealthIndicator(registry, settings.health().families());
    }

    @Bean
    ChampionHealthIndicator championHealthIndicator(ObjectProvider<ModelRegistry> registry, OpsSettings settings) {
        return new ChampionHealthIndicator(registry, settings.health().families());
    }

    @Bean
    FeatureFreshnessHealthIndicator featureFreshnessHealthIndicator(JdbcTemplate jdbc, OpsSettings settings) {
        return new FeatureFreshnessHealthIndicator(jdbc, settings.health().featureMaxAge(), Clock.systemUTC());
    }

    @Bean
    PipelineHealthIndicator pipelineHealthIndicator(ObjectProvider<Job> jobs, ObjectProvider<TaskScheduler> scheduler,
                                                    JdbcTemplate jdbc) {
        return new PipelineHealthIndicator(jobs, scheduler, jdbc);
    }

    @Bean
    SystemHealth systemHealth(DataSource dataSource, DeploySettings deploy) {
        return new SystemHealth(dataSource, List.of(deploy.home()), Clock.systemUTC());
    }

    @Bean
    SystemHealthEndpoint systemHealthEndpoint(SystemHealth systemHealth) {
        return new SystemHealthEndpoint(systemHealth);
    }

    @Bean
    LogAnalytics logAnalytics(DeploySettings deploy) {
        return new JsonLogAnalytics(LogDirectory.of(deploy.home()), ZoneId.systemDefault());
    }
}
