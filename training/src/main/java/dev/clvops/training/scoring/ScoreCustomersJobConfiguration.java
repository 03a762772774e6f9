package dev.clvops.training.scoring;

import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.SnapshotId;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.registry.ModelRegistry;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code score-customers} job (step beans {@code scoringSnapshot}, {@code scoringChampion},
 * {@code scoreCustomers}, {@code sealScoringRun}; bean names are global, the train-clv job has a snapshot step too):
 * {@code snapshot} (check the as-of-now snapshot) → {@code champion} (choose the
 * champion, open a RUNNING scoring run) → {@code score} (predict and COPY every customer) → {@code seal}
 * (COMPLETED). Job parameters: {@code snapshotId} (Long, an as-of-now snapshot; {@link ScoringService} finds or
 * builds it first), {@code run} (String, makes each run a new job instance and keys its progress listener) and
 * {@code family} (String, empty: the best champion across families).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScoringSettings.class)
public class ScoreCustomersJobConfiguration {

    /** The job name. */
    public static final String JOB = "score-customers";

    @Bean
    @StepScope
    SnapshotTasklet scoringSnapshotTasklet(FeatureStore features,
                                    @Value("#{jobParameters['snapshotId']}") Long snapshotId) {
        return new SnapshotTasklet(features, new SnapshotId(snapshotId));
    }

    @Bean
    @StepScope
    OpenScoringRunTasklet openScoringRunTasklet(ModelRegistry registry, ScoringRunRepository runs,
                                                ScoringSettings settings,
                                                @Value("#{jobParameters['family']}") String family) {
        return new OpenScoringRunTasklet(registry, runs, settings.withFamily(family.isBlank() ? null : family));
    }

    @Bean
    @StepScope
    ScoreCustomersTasklet scoreCustomersTasklet(DataSource dataSource, TrainingSetSource trainingSets,
                                                ModelRegistry registry, ScoringRunRepository runs,
                                                ScoringSettings settings, ScoringProgress progress,
                                                @Value("#{jobParameters['run']}") String run) {
        return new ScoreCustomersTasklet(dataSource, trainingSets, new ChampionModels(registry), runs, settings,
                progress.of(run));
    }

    @Bean
    Step scoringSnapshot(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         SnapshotTasklet scoringSnapshotTasklet) {
        return new StepBuilder("snapshot", jobRepository).tasklet(scoringSnapshotTasklet, transactionManager)
                .build();
    }

    @Bean
    Step scoringChampion(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         OpenScoringRunTasklet openScoringRunTasklet) {
        return new StepBuilder("champion", jobRepository).tasklet(openScoringRunTasklet, transactionManager)
                .build();
    }

    @Bean
    Step scoreCustomers(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        ScoreCustomersTasklet scoreCustomersTasklet) {
        return new StepBuilder("score", jobRepository).tasklet(scoreCustomersTasklet, transactionManager).build();
    }

    @Bean
    Step sealScoringRun(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        ScoringRunRepository runs) {
        return new StepBuilder("seal", jobRepository)
                .tasklet(new SealScoringRunTasklet(runs), transactionManager).build();
    }

    @Bean
    Job scoreCustomersJob(JobRepository jobRepository, Step scoringSnapshot, Step scoringChampion,
                          Step scoreCustomers, Step sealScoringRun, ScoringRunRepository runs) {
        return new JobBuilder(JOB, jobRepository).listener(new ScoringFailureListener(runs))
                .start(scoringSnapshot).next(scoringChampion).next(scoreCustomers).next(sealScoringRun).build();
    }
}
