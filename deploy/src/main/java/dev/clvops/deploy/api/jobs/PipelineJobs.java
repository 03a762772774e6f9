package dev.clvops.deploy.api.jobs;

import dev.clvops.deploy.analytics.AnalyticsRefresher;
import dev.clvops.platform.job.ProgressListener;
import dev.clvops.training.pipeline.TrainingRequest;
import dev.clvops.training.pipeline.TrainingService;
import dev.clvops.training.scoring.ScoringReport;
import dev.clvops.training.scoring.ScoringService;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The model pipeline's job kinds: {@code train} (train-clv) and {@code score} (score-customers, then analytics). */
@Configuration(proxyBeanMethods = false)
class PipelineJobs {

    @Bean
    ApiJob trainJob(TrainingService training) {
        return new BuiltInJobs.Job("train", "Trains the CLV families on the latest finished target window; optional"
                + " families (comma list) and seed", "train-clv") {
            @Override
            public void validate(Map<String, String> parameters) {
                request(parameters);
            }

            @Override
            public Object run(Map<String, String> parameters, ProgressListener progress) {
                return training.train(request(parameters), progress);
            }
        };
    }

    @Bean
    ApiJob scoreJob(ScoringService scoring, AnalyticsRefresher analytics) {
        return new BuiltInJobs.Job("score", "Scores every customer with the champion, then refreshes the analytics;"
                + " optional family", "score-customers") {
            @Override
            public Object run(Map<String, String> parameters, ProgressListener progress) {
                ScoringReport report = scoring.score(parameters.get("family"), progress);
                analytics.refreshNow();
                return report;
            }
        };
    }

    private static TrainingRequest request(Map<String, String> parameters) {
        TrainingRequest request = TrainingRequest.latest();
        String families = parameters.get("families");
        if (families != null) {
            List<String> names = Arrays.stream(families.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .toList();
            try {
                request = request.withFamilies(names);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("families: " + e.getMessage(), e);
            }
        }
        String seed = parameters.get("seed");
        if (seed != null) {
            try {
                request = request.withSeed(Long.parseLong(seed.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("seed: not a whole number '" + seed + "'", e);
            }
        }
        return request;
    }
}
