package dev.clvops.monitoring.driftcheck;

import dev.clvops.monitoring.drift.DriftEngine;
import dev.clvops.platform.alerts.AlertPublisher;
import dev.clvops.platform.metrics.OpsMetrics;
import dev.clvops.platform.monitoring.ModelRefitter;
import dev.clvops.platform.monitoring.RealisedMetrics;
import dev.clvops.platform.registry.ModelRegistry;
import java.time.Clock;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code monitor-drift} job: {@code compare} → {@code performance} → {@code parameters} → {@code publish}.
 * Each step writes through short statements, so the steps run with a resourceless transaction manager. Needs a
 * {@link MonitorSettings} bean; {@link RealisedMetrics} and {@link ModelRefitter} are optional.
 */
@Configuration(proxyBeanMethods = false)
public class MonitorDriftJobConfiguration {

    /** The job name. */
    public static final String JOB = "monitor-drift";

    @Bean
    DriftCheck driftCheck(ModelRegistry registry, JdbcTemplate jdbc, MonitorSettings settings) {
        var columns = new FeatureColumns(jdbc);
        var predictions = new Predictions(jdbc);
        return new DriftCheck(new ChampionLocator(registry, jdbc, settings.families()),
                new DriftBaselines(jdbc, columns, predictions, settings.profiles()), columns, predictions,
                new DriftReports(jdbc), new DriftEngine(settings.thresholds(), settings.profiles()), jdbc);
    }

    @Bean
    DriftSteps driftSteps(JdbcTemplate jdbc, ModelRegistry registry, MonitorSettings settings,
                          ObjectProvider<RealisedMetrics> realised, ObjectProvider<ModelRefitter> refitter,
                          OpsMetrics metrics, AlertPublisher alerts) {
        RealisedMetrics scorer = realised.getIfAvailable();
        ModelRefitter refit = refitter.getIfAvailable();
        return new DriftSteps(new DriftReports(jdbc),
                scorer == null ? null : new PerformanceCheck(jdbc, registry, scorer, settings.performanceDrift()),
                refit == null ? null : new ParameterCheck(refit, settings.refitWindow(),
                        settings.parameterTolerance()),
                new DriftPublication(metrics, alerts, Clock.systemUTC()));
    }

    @Bean
    Step compareDrift(JobRepository jobRepository, DriftCheck driftCheck) {
        return step("compare", jobRepository, new CompareTasklet(driftCheck));
    }

    @Bean
    Step performanceDrift(JobRepository jobRepository, DriftSteps driftSteps) {
        return step("performance", jobRepository, new ReportTasklet(driftSteps::performance));
    }

    @Bean
    Step parameterDrift(JobRepository jobRepository, DriftSteps driftSteps) {
        return step("parameters", jobRepository, new ReportTasklet(driftSteps::parameters));
    }

    @Bean
    Step publishDrift(JobRepository jobRepository, DriftSteps driftSteps) {
        return step("publish", jobRepository, new ReportTasklet(driftSteps::publish));
    }

    @Bean
    Job monitorDriftJob(JobRepository jobRepository, Step compareDrift, Step performanceDrift, Step parameterDrift,
                        Step publishDrift) {
        return new JobBuilder(JOB, jobRepository).start(compareDrift).next(performanceDrift).next(parameterDrift)
                .next(publishDrift).build();
    }

    @Bean
    DriftMonitor driftMonitor(JobOperator jobOperator, @Qualifier("monitorDriftJob") Job monitorDriftJob,
                              JdbcTemplate jdbc) {
        return new DriftMonitor(jobOperator, monitorDriftJob, new DriftReports(jdbc));
    }

    private static Step step(String name, JobRepository jobRepository, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, new ResourcelessTransactionManager()).build();
    }
}
