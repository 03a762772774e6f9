package dev.clvops.training.pipeline;

import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.features.TrainingSetSource;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.arena.DataHealthSettings;
import dev.clvops.training.evaluation.JdbcModelEvaluations;
import dev.clvops.training.registry.PromotionGate;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code train-clv} job: {@code snapshot} → {@code gate} → {@code fit} → {@code arena} → {@code register} →
 * {@code promote}. Job parameters: {@code run} (String, keys the run's in-memory state), {@code trainingRunId},
 * {@code snapshotId} (the holdout) and optionally {@code xgboostSnapshotId} (all Long). The steps hold no database
 * transaction open while fitting (each writes through its own short statements), so they run with a resourceless
 * transaction manager.
 */
@Configuration(proxyBeanMethods = false)
public class TrainClvJobConfiguration {

    /** The job name. */
    public static final String JOB = "train-clv";

    @Bean
    @StepScope
    TrainingTasklet snapshotTasklet(TrainingStates states, FeatureStore store, TrainingSetSource trainingSets,
                                    TrainingRunRepository runs, @Value("#{jobParameters['run']}") String run,
                                    @Value("#{jobParameters['snapshotId']}") Long snapshotId,
                                    @Value("#{jobParameters['xgboostSnapshotId']}") @Nullable Long xgboostSnapshotId) {
        SnapshotLoader loader = new SnapshotLoader(store, trainingSets, runs, snapshotId, xgboostSnapshotId);
        return new TrainingTasklet("snapshot", states, run, loader::load);
    }

    @Bean
    @StepScope
    TrainingTasklet gateTasklet(TrainingStates states, TrainingRunRepository runs,
                                @Value("#{jobParameters['run']}") String run) {
        return new TrainingTasklet("gate", states, run, new GateCheck(DataHealthSettings.defaults(), runs)::check);
    }

    @Bean
    @StepScope
    TrainingTasklet fitTasklet(TrainingStates states, TrainingRunRepository runs,
                               @Value("#{jobParameters['run']}") String run) {
        return new TrainingTasklet("fit", states, run, new FamilyFitter(runs)::fit);
    }

    @Bean
    @StepScope
    TrainingTasklet arenaTasklet(TrainingStates states, RepeatPurchases repeatPurchases, TrainingRunRepository runs,
                                 JdbcModelEvaluations evaluations, @Value("#{jobParameters['run']}") String run) {
        return new TrainingTasklet("arena", states, run,
                new ArenaRound(repeatPurchases, runs, evaluations)::compete);
    }

    @Bean
    @StepScope
    TrainingTasklet registerTasklet(TrainingStates states, ModelRegistry registry, TrainingRunRepository runs,
                                    @Value("#{jobParameters['run']}") String run) {
        return new TrainingTasklet("register", states, run, new Registration(registry, runs)::register);
    }

    @Bean
    @StepScope
    TrainingTasklet promoteTasklet(TrainingStates states, ModelRegistry registry, PromotionGate gate,
                                   TrainingRunRepository runs, @Value("#{jobParameters['run']}") String run) {
        return new TrainingTasklet("promote", states, run, new Promotion(registry, gate, runs)::promote);
    }

    @Bean
    Step snapshot(JobRepository jobRepository, TrainingTasklet snapshotTasklet) {
        return step("snapshot", jobRepository, snapshotTasklet);
    }

    @Bean
    Step gate(JobRepository jobRepository, TrainingTasklet gateTasklet) {
        return step("gate", jobRepository, gateTasklet);
    }

    @Bean
    Step fit(JobRepository jobRepository, TrainingTasklet fitTasklet) {
        return step("fit", jobRepository, fitTasklet);
    }

    @Bean
    Step arena(JobRepository jobRepository, TrainingTasklet arenaTasklet) {
        return step("arena", jobRepository, arenaTasklet);
    }

    @Bean
    Step register(JobRepository jobRepository, TrainingTasklet registerTasklet) {
        return step("register", jobRepository, registerTasklet);
    }

    @Bean
    Step promote(JobRepository jobRepository, TrainingTasklet promoteTasklet) {
        return step("promote", jobRepository, promoteTasklet);
    }

    @Bean
    Job trainClvJob(JobRepository jobRepository, Step snapshot, Step gate, Step fit, Step arena, Step register,
                    Step promote) {
        return new JobBuilder(JOB, jobRepository).start(snapshot).next(gate).next(fit).next(arena).next(register)
                .next(promote).build();
    }

    private static Step step(String name, JobRepository jobRepository, TrainingTasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, new ResourcelessTransactionManager()).build();
    }
}
