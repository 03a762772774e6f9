package dev.clvops.training.features;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code build-features} job: {@code openSnapshot} (BUILDING) → {@code buildFeatures} (compute and COPY the
 * rows) → {@code sealSnapshot} (COMPLETED). Job parameters: {@code cutoff} (LocalDate), {@code horizonDays}
 * (Long) and {@code run} (String, makes each build a new job instance and keys its progress listener).
 */
@Configuration(proxyBeanMethods = false)
public class BuildFeaturesJobConfiguration {

    /** The job name. */
    public static final String JOB = "build-features";

    @Bean
    @StepScope
    OpenSnapshotTasklet openSnapshotTasklet(SnapshotRepository snapshots,
                                            @Value("#{jobParameters['cutoff']}") LocalDate cutoff,
                                            @Value("#{jobParameters['horizonDays']}") Long horizonDays) {
        return new OpenSnapshotTasklet(snapshots, cutoff, Math.toIntExact(horizonDays));
    }

    @Bean
    @StepScope
    BuildFeaturesTasklet buildFeaturesTasklet(DataSource dataSource, BuildProgress progress,
                                              @Value("#{jobParameters['cutoff']}") LocalDate cutoff,
                                              @Value("#{jobParameters['horizonDays']}") Long horizonDays,
                                              @Value("#{jobParameters['run']}") String run) {
        return new BuildFeaturesTasklet(dataSource, cutoff, Math.toIntExact(horizonDays), progress.of(run));
    }

    @Bean
    Step openSnapshot(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      OpenSnapshotTasklet openSnapshotTasklet) {
        return new StepBuilder("openSnapshot", jobRepository).tasklet(openSnapshotTasklet, transactionManager)
                .build();
    }

    @Bean
    Step buildFeatures(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                       BuildFeaturesTasklet buildFeaturesTasklet) {
        return new StepBuilder("buildFeatures", jobRepository).tasklet(buildFeaturesTasklet, transactionManager)
                .build();
    }

    @Bean
    Step sealSnapshot(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                      SnapshotRepository snapshots) {
        return new StepBuilder("sealSnapshot", jobRepository)
                .tasklet(new SealSnapshotTasklet(snapshots), transactionManager).build();
    }

    @Bean
    Job buildFeaturesJob(JobRepository jobRepository, Step openSnapshot, Step buildFeatures, Step sealSnapshot,
                         SnapshotRepository snapshots) {
        return new JobBuilder(JOB, jobRepository).listener(new SnapshotFailureListener(snapshots))
                .start(openSnapshot).next(buildFeatures).next(sealSnapshot).build();
    }
}
