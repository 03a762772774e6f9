package dev.clvops.deploy.monitoring;

import dev.clvops.monitoring.scheduler.DailyPipeline;
import dev.clvops.monitoring.scheduler.PipelineScheduler;
import dev.clvops.monitoring.scheduler.PipelineSteps;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.platform.monitoring.PipelineStep;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import dev.clvops.reports.store.ReportService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The daily pipeline: every {@link PipelineStep} bean (scoring's included when its module wires one) plus the
 * watched-folder ingest; scheduled on {@code clvops.scheduler.daily-pipeline} when {@code clvops.scheduler.enabled}
 * ({@code CLVOPS_SCHEDULER}); the weekly reports on {@code clvops.scheduler.weekly-reports}.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    static final String DAILY_PIPELINE = "daily-pipeline";
    static final String WEEKLY_REPORTS = "weekly-reports";

    @Bean
    DailyPipeline dailyPipeline(ObjectProvider<PipelineStep> steps, SchedulerProperties properties,
                                ObjectProvider<OrderIngestion> ingestion) {
        List<PipelineStep> all = new ArrayList<>(steps.orderedStream().toList());
        if (properties.watchDir() != null && !properties.watchDir().toString().isBlank()) {
            all.add(PipelineSteps.ingest(ingestion.getObject(), properties.watchDir()));
        }
        return new DailyPipeline(all);
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnProperty(name = "clvops.scheduler.enabled", havingValue = "true")
    ThreadPoolTaskScheduler clvopsTaskScheduler() {
        var scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("clvops-scheduler-");
        scheduler.initialize();
        return scheduler;
    }

    @Bean
    @ConditionalOnProperty(name = "clvops.scheduler.enabled", havingValue = "true")
    PipelineScheduler pipelineScheduler(ThreadPoolTaskScheduler clvopsTaskScheduler, JdbcTemplate jdbc) {
        return new PipelineScheduler(clvopsTaskScheduler, jdbc, instanceName());
    }

    @Bean
    @ConditionalOnProperty(name = "clvops.scheduler.enabled", havingValue = "true")
    ApplicationRunner dailyPipelineSchedule(PipelineScheduler pipelineScheduler, DailyPipeline dailyPipeline,
                                           SchedulerProperties properties) {
        return args -> pipelineScheduler.schedule(DAILY_PIPELINE, properties.dailyPipeline(),
                () -> dailyPipeline.run(ProgressListener.NONE));
    }

    @Bean
    @ConditionalOnProperty(name = "clvops.scheduler.enabled", havingValue = "true")
    ApplicationRunner weeklyReportsSchedule(PipelineScheduler pipelineScheduler, ReportService reports,
                                            SchedulerProperties properties) {
        return args -> pipelineScheduler.schedule(WEEKLY_REPORTS, properties.weeklyReports(),
                () -> List.of("report run " + reports.generateAll().reportRunId()));
    }

    private static String instanceName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + UUID.randomUUID();
        } catch (UnknownHostException e) {
            return "unknown-host/" + UUID.randomUUID();
        }
    }
}
