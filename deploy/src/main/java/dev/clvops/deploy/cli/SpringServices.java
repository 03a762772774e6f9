package dev.clvops.deploy.cli;

import dev.clvops.monitoring.driftcheck.DriftMonitor;
import dev.clvops.monitoring.retrain.RetrainPolicy;
import dev.clvops.monitoring.simulate.DriftSimulator;
import dev.clvops.ClvopsApplication;
import dev.clvops.deploy.security.ApiTokens;
import dev.clvops.deploy.security.UserAccounts;
import dev.clvops.platform.demo.DemoDataGenerator;
import dev.clvops.platform.features.FeatureStore;
import dev.clvops.platform.ingest.OrderIngestion;
import dev.clvops.platform.registry.ModelRegistry;
import dev.clvops.training.pipeline.TrainingService;
import dev.clvops.training.pipeline.TrainingSettings;
import dev.clvops.training.scoring.ScoringService;
import dev.clvops.reports.store.ReportService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Ports from a non-web Spring context, started on first use and closed (with the database it owns) at the end. */
final class SpringServices implements Services, AutoCloseable {

    private @Nullable ConfigurableApplicationContext context;

    SpringServices() {
    }

    /** Uses a context that is already running (tests); closing these services closes it. */
    SpringServices(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public OrderIngestion ingestion() {
        return context().getBean(OrderIngestion.class);
    }

    @Override
    public FeatureStore featureStore() {
        return context().getBean(FeatureStore.class);
    }

    @Override
    public DemoDataGenerator generator() {
        return context().getBean(DemoDataGenerator.class);
    }

    @Override
    public TrainingService training() {
        return context().getBean(TrainingService.class);
    }

    @Override
    public ModelRegistry registry() {
        return context().getBean(ModelRegistry.class);
    }

    @Override
    public TrainingSettings trainingSettings() {
        return context().getBean(TrainingSettings.class);

    }

    @Override
    public ScoringService scoring() {
        return context().getBean(ScoringService.class);
    }

    @Override
    public UserAccounts users() {
        return context().getBean(UserAccounts.class);
    }

    @Override
    public ApiTokens tokens() {
        return context().getBean(ApiTokens.class);
    }

    @Override
    public ReportService reports() {
        return context().getBean(ReportService.class);
    }

    @Override
    public DriftMonitor driftMonitor() {
        return context().getBean(DriftMonitor.class);
    }

    @Override
    public RetrainPolicy retrainPolicy() {
        return context().getBean(RetrainPolicy.class);
    }

    @Override
    public DriftSimulator driftSimulator() {
        return context().getBean(DriftSimulator.class);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    private synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(ClvopsApplication.class).web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                    // a command runs its job and exits: only the server schedules the pipeline
                    .run("--clvops.scheduler.enabled=false");
        }
        return context;
    }
}
