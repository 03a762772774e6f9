package dev.clvops.deploy.monitoring;

import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.monitoring.driftcheck.MonitorSettings;
import dev.clvops.monitoring.retrain.RetrainDecisions;
import dev.clvops.monitoring.retrain.RetrainPolicy;
import dev.clvops.monitoring.retrain.RetrainSettings;
import dev.clvops.monitoring.simulate.DriftSimulator;
import dev.clvops.platform.alerts.AlertPublisher;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.metrics.OpsMetrics;
import dev.clvops.platform.monitoring.ModelRefitter;
import dev.clvops.platform.monitoring.ModelRefitter.RefitWindow;
import dev.clvops.platform.monitoring.PipelineStep;
import dev.clvops.deploy.analytics.AnalyticsRefresher;
import dev.clvops.training.registry.PromotionGate;
import dev.clvops.training.scoring.ScoringService;
import dev.clvops.platform.monitoring.RealisedMetrics;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.monitoring.scheduler.PipelineSteps;
import dev.clvops.training.pipeline.TrainingService;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drift monitoring, the retrain policy and its listener, drift simulation and the daily pipeline's steps. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MonitoringProperties.class, SchedulerProperties.class})
class MonitoringConfiguration {

    @Bean
    MonitorSettings monitorSettings(MonitoringProperties properties) {
        MonitorSettings defaults = MonitorSettings.defaults();
        return new MonitorSettings(defaults.families(), defaults.thresholds(), defaults.profiles(),
                defaults.tolerances(), properties.parameterTolerance(), new RefitWindow(
                        Math.toIntExact(properties.refitWindow().toDays()), properties.refitMinCustomers()));
    }

    @Bean
    RealisedMetrics realisedMetrics() {
        return new ArenaRealisedMetrics();
    }

    @Bean
    ModelRefitter modelRefitter(ModelRegistry modelRegistry, TrainingSetSource trainingSetSource) {
        return new BtydModelRefitter(modelRegistry, trainingSetSource);
    }

    @Bean
    RetrainDecisions retrainDecisions(JdbcTemplate jdbc) {
        return new RetrainDecisions(jdbc, Clock.systemUTC());
    }

    @Bean
    RetrainPolicy retrainPolicy(DataSource dataSource, RetrainDecisions retrainDecisions,
                                MonitoringProperties properties, ApplicationEventPublisher events) {
        return new RetrainPolicy(dataSource, retrainDecisions, new RetrainSettings(properties.minNewOrders(),
                properties.cooldown(), properties.weeklyCap(), RetrainSettings.defaults().predictionPsiAlert()),
                events, Clock.systemUTC());
    }

    @Bean
    RetrainListener retrainListener(TrainingService trainingService, RetrainDecisions retrainDecisions,
                                    OpsMetrics opsMetrics, AlertPublisher alertPublisher) {
        return new RetrainListener(trainingService, retrainDecisions, opsMetrics, alertPublisher, Clock.systemUTC());
    }

    @Bean
    DriftSimulator driftSimulator(JdbcTemplate jdbc) {
        return new DriftSimulator(jdbc);
    }

    @Bean
    PipelineStep snapshotStep(FeatureStore featureStore, JdbcTemplate jdbc) {
        return PipelineSteps.snapshot(featureStore, jdbc);
    }

    @Bean
    PipelineStep scoringStep(PromotionGate promotionGate, ScoringService scoring, AnalyticsRefresher analytics) {
        return new ScoringStep(promotionGate, scoring, analytics);
    }

    @Bean
    PipelineStep monitorStep(DriftMonitor driftMonitor) {
        return PipelineSteps.monitor(driftMonitor);
    }

    @Bean
    PipelineStep retrainStep(RetrainPolicy retrainPolicy) {
        return PipelineSteps.retrain(retrainPolicy);
    }
}
