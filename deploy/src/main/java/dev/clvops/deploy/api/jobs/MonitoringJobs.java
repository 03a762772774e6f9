package dev.clvops.deploy.api.jobs;

import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.monitoring.driftcheck.MonitorDriftJobConfiguration;
import dev.clvops.monitoring.retrain.RetrainPolicy;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.training.pipeline.TrainClvJobConfiguration;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The monitoring job kinds: {@code monitor} (a drift check) and {@code retrain} (a manual, forced retrain). */
@Configuration(proxyBeanMethods = false)
class MonitoringJobs {

    @Bean
    ApiJob monitorJob(DriftMonitor driftMonitor) {
        return new BuiltInJobs.Job("monitor", "Checks the champion for data, prediction, performance and parameter"
                + " drift against its training snapshot", MonitorDriftJobConfiguration.JOB) {
            @Override
            public Object run(Map<String, String> parameters, ProgressListener progress) {
                return driftMonitor.monitor();
            }
        };
    }

    @Bean
    ApiJob retrainJob(RetrainPolicy retrainPolicy) {
        return new BuiltInJobs.Job("retrain", "Asks the retrain policy for a manual retrain (bypasses the drift"
                + " trigger, not the cooldown or weekly cap) and trains when it agrees", TrainClvJobConfiguration.JOB) {
            @Override
            public Object run(Map<String, String> parameters, ProgressListener progress) {
                return retrainPolicy.decide(true);
            }
        };
    }
}
